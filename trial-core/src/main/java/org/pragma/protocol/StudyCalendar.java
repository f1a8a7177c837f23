package org.pragma.protocol;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one place that says what day it is for a study: the injected {@link Clock} read in the time
 * zone its protocol names. A visit window, a screening date or a site's opening day is a calendar
 * day at the clinics, so it is never the server's day or UTC's.
 */
@ApplicationScoped
public class StudyCalendar {
  @EJB ProtocolService protocols;
  @Inject Clock clock;

  /** The time zone of the study's clinics, from the protocol in force. */
  public ZoneId zone(String studyCode) {
    return protocols.protocol(studyCode).timeZone();
  }

  /** Today at the study's clinics. */
  public LocalDate today(String studyCode) {
    return LocalDate.now(clock.withZone(zone(studyCode)));
  }

  /** Now, as the wall clock at the study's clinics reads it. */
  public ZonedDateTime now(String studyCode) {
    return ZonedDateTime.now(clock.withZone(zone(studyCode)));
  }
}
