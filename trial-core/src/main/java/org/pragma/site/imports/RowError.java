package org.pragma.site.imports;

/**
 * One problem in a site file: the row as a spreadsheet program numbers it (the header is row 1),
 * the column by its header name (null when the whole row is meant), and what to fix.
 */
public record RowError(int row, String column, String message) implements java.io.Serializable {}
