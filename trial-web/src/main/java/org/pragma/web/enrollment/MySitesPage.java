package org.pragma.web.enrollment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.pragma.followup.FollowUpService;
import org.pragma.followup.SiteProgress;
import org.pragma.study.Study;
import org.pragma.study.StudyService;
import org.primefaces.model.SortMeta;

/**
 * The sites the signed-in user works at (every site of their studies for investigators, every site for
 * admins and data managers), by study and site code, each with its arm, enrollment against target and
 * visits due or overdue, and links to its patients and its worklist.
 */
@Named
@RequestScoped
public class MySitesPage {
  @EJB StudyService studies;
  @EJB FollowUpService followUp;

  private List<SiteRow> rows;

  public List<SiteRow> getRows() {
    if (rows == null) {
      rows = new ArrayList<>();
      for (Study study : studies.all()) {
        followUp.progress(study.code()).stream().map(SiteRow::of).forEach(rows::add);
      }
    }
    return rows;
  }

  /** Sorts site codes as people do (S2 before S10) when a table is sorted by site; PrimeFaces applies the order. */
  public int compareCodes(Object a, Object b, SortMeta ascending) {
    return SiteProgress.CODE_ORDER.compare(String.valueOf(a), String.valueOf(b));
  }

  /** "3 sites · 2 active". */
  public String getCounts() {
    return SiteRow.counts(getRows());
  }
}
