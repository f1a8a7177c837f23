package org.pragma.spending;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One valid line of a claims file, linked to its patient. Amounts are exact decimals as the file
 * wrote them (never floating point); {@code amount} is the one the source's price basis names, the
 * figure spending is summed from. {@code studyDay} is whole days from enrollment (day 0), the same
 * arithmetic as the visit windows.
 *
 * @param row the file row it came from, for reports
 * @param knownCode whether the category table knew the procedure code (unknown codes are counted)
 */
public record ClaimLine(
    long row,
    long patientId,
    LocalDate serviceDate,
    int studyDay,
    ServiceCategory category,
    String procedureCode,
    BigDecimal units,
    BigDecimal amount,
    BigDecimal allowedAmount,
    BigDecimal paidAmount,
    BigDecimal standardizedAmount,
    BigDecimal rvu,
    boolean spineRelated,
    boolean knownCode) {

  /** The line's identity within its source: the same line imported twice is the same key. */
  public String naturalKey() {
    return String.join("|", Long.toString(patientId), serviceDate.toString(), category.code(),
        procedureCode == null ? "" : procedureCode, plain(units), plain(allowedAmount), plain(paidAmount),
        plain(standardizedAmount), plain(rvu), Boolean.toString(spineRelated));
  }

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.stripTrailingZeros().toPlainString();
  }
}
