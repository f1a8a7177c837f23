/**
 * Study protocols as data: a study folder under {@code protocols/} (study.yaml plus one file per arm) is
 * loaded by {@link org.pragma.protocol.ProtocolLoader} into an immutable, fully validated
 * {@link org.pragma.protocol.StudyProtocol}, or rejected with located validation errors.
 */
package org.pragma.protocol;
