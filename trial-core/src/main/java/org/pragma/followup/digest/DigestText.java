package org.pragma.followup.digest;

import java.time.LocalDate;
import java.util.List;
import org.pragma.followup.PatientVisit;
import org.pragma.followup.VisitStatus;
import org.pragma.security.UserAccount;

/** The digest email's text: one line per visit, by study ID only (no names in email). */
final class DigestText {
  private DigestText() {}

  static String of(UserAccount user, List<PatientVisit> visits, LocalDate day) {
    StringBuilder text = new StringBuilder("Hello " + user.fullName() + ",\n\nVisits at your sites on " + day + ":\n\n");
    for (PatientVisit v : visits) {
      text.append(String.format("  %-16s %-8s %-24s target %s, window %s to %s: %s%n", v.patient().studyId(),
          v.patient().site().code(), v.name(), v.targetOn(), v.opensOn(), v.closesOn(), VisitStatus.of(v, day).label()));
    }
    return text.append("\nOpen Pragma's worklist to enter the data or record contact attempts.\n").toString();
  }
}
