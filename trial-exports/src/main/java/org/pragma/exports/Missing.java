package org.pragma.exports;

/**
 * Why a value is missing. A missing value is never a silent blank: the cell holds the code, and the
 * codebook says which codes a variable can take and why. The codes are Stata's extended missing
 * values ({@code .n}) and read as SAS special missing values ({@code .N}) and as {@code NA} in R.
 */
public enum Missing {
  NOT_DUE(".n", "not due: the visit window had not closed at the data snapshot"),
  MISSED(".m", "missed: the visit window closed without the data"),
  NOT_APPLICABLE(".a", "not applicable"),
  ITEM_NONRESPONSE(".i", "item non-response: too few items answered to score"),
  WITHDRAWN(".w", "not collected: the patient had withdrawn or died");

  private final String code;
  private final String meaning;

  Missing(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The text in the cell. */
  public String code() {
    return code;
  }

  /** The default reason the codebook gives. */
  public String meaning() {
    return meaning;
  }
}
