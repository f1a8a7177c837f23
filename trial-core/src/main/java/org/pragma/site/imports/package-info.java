/**
 * Registering many sites at once from a spreadsheet (CSV or XLSX): the file is read and every row
 * checked before anything is stored, so a file is imported whole or not at all.
 */
package org.pragma.site.imports;
