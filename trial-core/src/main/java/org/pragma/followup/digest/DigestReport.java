package org.pragma.followup.digest;

import java.time.LocalDate;

/**
 * What one run of a study's daily digest did: whether it sent anything, how many emails went out,
 * how many recipients already had it, and how many sends failed (those are retried by the next run).
 */
public record DigestReport(String study, LocalDate day, boolean ran, int sent, int alreadySent,
    int coordinatorsWithoutEmail, int failed, String note) {

  static DigestReport skipped(String study, LocalDate day, String note) {
    return new DigestReport(study, day, false, 0, 0, 0, 0, note);
  }
}
