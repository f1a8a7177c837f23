package org.pragma.followup.digest;

import java.time.LocalDate;

/** What one run of the daily digest did: whether this instance ran it, and how many emails went out. */
public record DigestReport(LocalDate day, boolean ran, int sent, int coordinatorsWithoutEmail, int failed, String note) {}
