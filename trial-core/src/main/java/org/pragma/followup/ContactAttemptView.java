package org.pragma.followup;

import java.time.LocalDate;

/** A contact attempt as lists show it. */
public record ContactAttemptView(String visit, LocalDate attemptedOn, ContactAttempt.Method method,
    ContactAttempt.Outcome outcome, String note, String recordedBy) {

  static ContactAttemptView of(ContactAttempt a) {
    return new ContactAttemptView(a.visit().code(), a.attemptedOn(), a.method(), a.outcome(), a.note(), a.recordedBy());
  }
}
