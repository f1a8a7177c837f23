package org.pragma.followup;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pragma.site.SiteStatus;

/**
 * Where a site stands in the trial, as a study's site list and "My sites" show it: its arm (code and the
 * protocol's name for it, empty before randomization), patients enrolled against its target, and its
 * worklist in numbers (visits to act on within {@link FollowUpService#DEFAULT_DAYS} days, and overdue).
 */
public record SiteProgress(String study, String site, String name, SiteStatus status, Optional<String> armCode,
    Optional<String> armName, long enrolled, Optional<Integer> target, long due, long overdue) {

  /** Site codes as people sort them: S2 before S10. */
  public static final Comparator<String> CODE_ORDER = SiteProgress::compareCodes;

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  static int compareCodes(String a, String b) {
    Matcher ma = NUMBER.matcher(a);
    Matcher mb = NUMBER.matcher(b);
    if (ma.find() && mb.find() && a.substring(0, ma.start()).equals(b.substring(0, mb.start()))) {
      int byNumber = Long.compare(parse(ma.group()), parse(mb.group()));
      if (byNumber != 0) {
        return byNumber;
      }
    }
    return a.compareTo(b);
  }

  private static long parse(String digits) {
    return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
  }
}
