package org.pragma.web.enrollment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.pragma.site.Site;
import org.pragma.site.SiteService;
import org.pragma.study.Study;
import org.pragma.study.StudyService;

/** The sites the signed-in user works at (every site for admins and data managers), with their pages. */
@Named
@RequestScoped
public class MySitesPage {
  @EJB StudyService studies;
  @EJB SiteService sites;

  private List<Site> rows;

  public List<Site> getRows() {
    if (rows == null) {
      rows = new ArrayList<>();
      for (Study study : studies.all()) {
        rows.addAll(sites.of(study.code()));
      }
    }
    return rows;
  }
}
