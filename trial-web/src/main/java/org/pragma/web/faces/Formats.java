package org.pragma.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, dates and instants as people read them: {@code #{format.instant(x, zone)}} reads
 * "2026-10-15 09:31 EDT" (minutes, the study's zone, never nanoseconds or UTC's "Z");
 * {@code #{format.number(x, 2)}} reads "674,139.68", never "6.741396785798519E5".
 */
@Named("format")
@ApplicationScoped
public class Formats {
  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  /** An instant at the study's clinics, to the minute, with the zone's abbreviation. */
  public String instant(Instant value, ZoneId zone) {
    return value == null ? "" : INSTANT.format(value.atZone(zone == null ? ZoneId.of("UTC") : zone));
  }

  /** The same, for a zone given by its id ("America/New_York"). */
  public String instant(Instant value, String zone) {
    return instant(value, zone == null || zone.isBlank() ? null : ZoneId.of(zone));
  }

  /** A calendar day as ISO (2026-10-15): the format of every date field, so hints and fields agree. */
  public String date(LocalDate value) {
    return value == null ? "" : DATE.format(value);
  }

  /** A number with grouping and at most {@code digits} decimals (trailing zeros dropped). */
  public String number(Number value, int digits) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
    format.setMaximumFractionDigits(digits);
    format.setMinimumFractionDigits(0);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value instanceof BigDecimal b ? b : new BigDecimal(value.toString()));
  }

  /** An amount of money: grouping and always cents, 1,234.50 (more decimals only when the amount has them). */
  public String amount(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(Math.max(2, value.stripTrailingZeros().scale()));
    return format.format(value);
  }

  /** A count with its noun: "1 line", "2,000 lines". */
  public String count(Number value, String singular, String plural) {
    return count(value) + " " + (value != null && value.longValue() == 1 ? singular : plural);
  }

  /** A whole count with grouping: 1,352,078. */
  public String count(Number value) {
    return number(value, 0);
  }
}
