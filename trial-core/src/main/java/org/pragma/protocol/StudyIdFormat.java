package org.pragma.protocol;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patient study-ID pattern, e.g. {@code SC-{site}-{seq:4}}: literal text, the site code and a
 * zero-padded enrollment sequence number.
 */
public record StudyIdFormat(String pattern) {

  private static final Pattern TOKEN = Pattern.compile("\\{([a-z]+)(?::([0-9]{1,2}))?}");

  /** Why the pattern is unusable, or empty text when it is fine. */
  public static String problemWith(String pattern) {
    Matcher m = TOKEN.matcher(pattern);
    int sequences = 0;
    while (m.find()) {
      if (m.group(1).equals("seq")) {
        sequences++;
        if (m.group(2) == null || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 9) {
          return "{seq} needs a width from 1 to 9, e.g. {seq:4}";
        }
      } else if (!m.group(1).equals("site")) {
        return "unknown placeholder {" + m.group(1) + "}; use {site} and {seq:n}";
      }
    }
    String rest = TOKEN.matcher(pattern).replaceAll("");
    if (rest.contains("{") || rest.contains("}")) {
      return "unbalanced braces";
    }
    return sequences == 1 ? "" : "the format needs exactly one {seq:n}";
  }

  /** The study ID of the {@code sequence}-th patient of {@code site}, e.g. SC-S07-0042. */
  public String format(String site, int sequence) {
    Matcher m = TOKEN.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = m.group(1).equals("site") ? site
          : String.format("%0" + Integer.parseInt(m.group(2)) + "d", sequence);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
