/**
 * Reading protocol and instrument YAML files with the line and column of every key, checking them against
 * the JSON Schemas in {@code protocols/schema/}, and reporting problems as {@link
 * org.pragma.protocol.validation.ValidationError}s that name the file, line, column and what to do.
 */
package org.pragma.protocol.validation;
