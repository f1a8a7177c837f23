package org.pragma.web.enrollment;

import java.util.List;
import org.pragma.followup.SiteProgress;
import org.pragma.site.SiteStatus;
import org.pragma.web.faces.Labels;

/**
 * A site as a site list shows it: words, not codes ("Individualized postural therapy", "Active"),
 * enrollment against target ("42 / 90") and the visits to act on ("3 due · 1 overdue").
 */
public record SiteRow(String study, String site, String name, SiteStatus status, String statusLabel, String arm,
    long enrolled, String enrolledText, long due, long overdue, String dueText) {

  public static SiteRow of(SiteProgress p) {
    return new SiteRow(p.study(), p.site(), p.name(), p.status(), Labels.label(p.status()),
        p.armName().or(p::armCode).orElse("Not randomized yet"), p.enrolled(),
        p.enrolled() + p.target().map(t -> " / " + t).orElse(""), p.due(), p.overdue(), dueText(p.due(), p.overdue()));
  }

  static String dueText(long due, long overdue) {
    if (due == 0) {
      return "None";
    }
    return due + " due" + (overdue > 0 ? " · " + overdue + " overdue" : "");
  }

  /** "33 sites · 31 active" ("1 site · 0 active"). */
  public static String counts(List<SiteRow> sites) {
    long active = sites.stream().filter(s -> s.status() == SiteStatus.ACTIVE).count();
    return sites.size() + (sites.size() == 1 ? " site" : " sites") + " · " + active + " active";
  }
}
