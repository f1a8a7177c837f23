/**
 * The {@code pragma-randomize} command line: {@code randomize} and {@code cptest}, CSV input via
 * Commons CSV, text or JSON output, and the constrained-space file. Picocli is used only here.
 */
package org.pragma.randomization.cli;
