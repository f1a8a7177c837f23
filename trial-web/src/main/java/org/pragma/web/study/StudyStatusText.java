package org.pragma.web.study;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.pragma.shared.DomainException;
import org.pragma.study.StudyService;
import org.pragma.web.faces.Labels;

/** A study's status as a page header shows it: {@code #{studyStatus.of(code)}} reads "Enrolling". */
@Named("studyStatus")
@RequestScoped
public class StudyStatusText {
  @EJB StudyService studies;

  /** The label of the study's status, or blank for a study the caller may not see. */
  public String of(String code) {
    try {
      return code == null || code.isBlank() ? "" : Labels.label(studies.overview(code).status());
    } catch (DomainException e) {
      return "";
    }
  }
}
