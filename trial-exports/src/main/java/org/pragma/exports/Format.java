package org.pragma.exports;

/** File formats of the datasets in an export. */
public enum Format {
  /** One CSV file per dataset, read by the R, Stata and SAS import scripts. */
  CSV,
  /** One workbook with a sheet per dataset and the codebook. */
  XLSX
}
