package org.pragma.followup;

import java.time.LocalDate;
import java.util.List;
import org.pragma.enrollment.PatientStatus;
import org.pragma.shared.PageRequest;
import org.pragma.site.Site;
import org.pragma.study.Study;

/**
 * The patients of a study at some of its sites (the caller's, already narrowed), filtered as the
 * dashboard counts them: the visit outcome is the condition of the completion query, so a list and the
 * count it explains cannot disagree.
 */
public interface StudyPatients {
  /** How many patients of these sites the filter matches (its site part is already applied to {@code sites}). */
  long count(Study study, List<Site> sites, PatientFilter filter, LocalDate today);

  /** One page of them by study ID; with a visit in the filter each row carries that visit. */
  List<Row> page(Study study, List<Site> sites, PatientFilter filter, LocalDate today, PageRequest page);

  /** A patient as stored, with the filter's visit if there is one. */
  record Row(String studyId, long siteId, String arm, PatientStatus status, LocalDate statusOn, LocalDate enrolledOn,
      Visit visit) {}

  /** What decides the visit's status: its dates, whether its data are complete, and when it took place. */
  record Visit(VisitStatus.VisitDates dates, boolean complete, LocalDate visitOn) {}
}
