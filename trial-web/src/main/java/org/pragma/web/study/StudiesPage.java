package org.pragma.web.study;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.pragma.shared.Required;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.pragma.security.UserService;
import org.pragma.study.NewStudy;
import org.pragma.study.StudyCodeTakenException;
import org.pragma.study.StudyService;
import org.pragma.web.faces.Messages;

/**
 * The studies page: the studies the user may see with their status, and (admins) the form that
 * registers one. A user who may see no study is told so and whom to ask.
 */
@Named
@ViewScoped
public class StudiesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient StudyService service;
  @EJB private transient UserService users;

  private List<StudyView> studies;
  private List<String> administrators;

  @Required(message = "Code is required")
  @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "Use 2-40 upper-case letters, digits or dashes")
  private String code;

  @Required(message = "Title is required")
  @Size(max = 300)
  private String title;

  @Pattern(regexp = "NCT\\d{8}", message = "Use a ClinicalTrials.gov id such as NCT03083886")
  private String registryId;

  public List<StudyView> getStudies() {
    if (studies == null) {
      studies = service.overview().stream().map(StudyView::of).toList();
    }
    return studies;
  }

  /** The active administrators a user without studies can ask to be assigned. */
  public List<String> getAdministrators() {
    if (administrators == null) {
      administrators = users.administrators();
    }
    return administrators;
  }

  public void register() {
    try {
      String created = service.register(new NewStudy(code, title, registryId)).code();
      String folder = created.toLowerCase(java.util.Locale.ROOT);
      Messages.info("Study registered", created + " is in planning. Next, copy its protocol to the server's protocols folder as "
          + folder + "/ (its study.yaml saying code: " + folder + ") and re-validate on the Protocols page; then add its sites.");
      code = title = registryId = null;
      studies = null;
    } catch (StudyCodeTakenException e) {
      Messages.refused("studies:code", e);
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getRegistryId() {
    return registryId;
  }

  public void setRegistryId(String registryId) {
    this.registryId = registryId;
  }
}
