package org.pragma.web.site;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pragma.allocation.AllocationService;
import org.pragma.shared.DomainException;
import org.pragma.site.CovariateRules;
import org.pragma.site.InvalidCovariatesException;
import org.pragma.site.NewSite;
import org.pragma.site.SiteCodeTakenException;
import org.pragma.site.SiteService;
import org.pragma.site.SiteStatus;
import org.pragma.web.faces.Labels;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.pragma.site.imports.RowError;
import org.pragma.site.imports.SiteFileFormat;
import org.pragma.site.imports.SiteFileReader;
import org.pragma.site.imports.SiteFileRefusedException;
import org.pragma.web.faces.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The admin's sites page: the study's sites; adding one, opening a planned one for enrollment,
 * correcting or closing one; importing many from a file and downloading the file's template.
 */
@Named
@ViewScoped
public class SitesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient SiteService sites;
  @EJB private transient AllocationService allocation;
  @Inject private transient Validator validator;

  private String code;
  private List<SiteView> siteViews = List.of();
  private List<String> covariateCodes = List.of();
  private SiteForm form;
  private String closing;
  private String closeReason;
  private List<RowError> importErrors = List.of();
  private NewSiteForm adding;

  public void load() {
    try {
      siteViews = sites.of(code).stream().map(s -> SiteView.of(s, allocation.armOf(s).orElse(null))).toList();
      covariateCodes = sites.covariateRules(code).codes();
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  public void startAdding() {
    adding = new NewSiteForm();
  }

  /** Registers the site as planned, or shows every problem of the form next to its field. */
  public void add() {
    NewSite site = adding.toNewSite();
    boolean ok = adding.targetIsNumber();
    if (!ok) {
      fieldError("enrollmentTarget", "must be a whole number, such as 120");
    }
    for (ConstraintViolation<NewSite> v : validator.validate(site)) {
      fieldError(v.getPropertyPath().toString(), v.getMessage());
      ok = false;
    }
    for (CovariateRules.Violation v : sites.covariateRules(code).check(site.covariates())) {
      fieldError(v.field(), v.message());
      ok = false;
    }
    if (!ok) {
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try {
      sites.register(code, site);
      Messages.info("Site added", "Site " + site.code() + " is registered as planned; open it for enrollment when it is ready.");
      adding = null;
      load();
    } catch (InvalidCovariatesException e) {
      e.errors().forEach(v -> fieldError(v.field(), v.message()));
      FacesContext.getCurrentInstance().validationFailed();
    } catch (SiteCodeTakenException e) {
      Messages.error(AddSiteFields.clientId("code", covariateCodes), "Not added", e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    } catch (DomainException e) {
      Messages.error("sites:add-save", "Not added", e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  private void fieldError(String field, String message) {
    Messages.error(AddSiteFields.clientId(field, covariateCodes), "Not added", AddSiteFields.label(field) + " " + message);
  }

  /** Opens a planned site for enrollment from today (in the study's time zone). */
  public void activate(String siteCode) {
    try {
      sites.activate(code, siteCode);
      Messages.info("Site open", "Site " + siteCode + " is open for enrollment from today.");
      load();
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  /** The site's status as people read it. */
  public String statusLabel(SiteView site) {
    return Labels.label(SiteStatus.valueOf(site.status()));
  }

  public void edit(SiteView site) {
    form = SiteForm.of(site);
  }

  public void save() {
    try {
      sites.change(code, form.getCode(), form.toChange());
      Messages.info("Site saved", "Site " + form.getCode() + " was corrected; the audit trail has each change and the reason.");
      form = null;
      load();
    } catch (DomainException e) {
      refused(e);
    }
  }

  public void closeSite() {
    try {
      sites.close(code, closing, closeReason);
      Messages.info("Site closed", "Site " + closing + " is closed and enrolls no one from now on.");
      closeReason = null;
      load();
    } catch (DomainException e) {
      refused(e);
    }
  }

  /** Keeps the dialog open (its oncomplete checks validationFailed) with the refusal shown. */
  private static void refused(DomainException e) {
    Messages.refused(null, e);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Imports the uploaded file whole, or lists every bad row and imports nothing. */
  public void upload(FileUploadEvent event) {
    importErrors = List.of();
    String fileName = event.getFile().getFileName();
    Optional<SiteFileFormat> format = SiteFileFormat.ofFileName(fileName);
    if (format.isEmpty()) {
      Messages.error(null, "Not imported", fileName + " is neither a .csv nor an .xlsx file.");
      return;
    }
    try (InputStream in = event.getFile().getInputStream()) {
      int count = sites.importFile(code, format.get(), in).size();
      Messages.info("Sites imported", count + " sites from " + fileName + " are registered as planned.");
      load();
    } catch (SiteFileRefusedException e) {
      importErrors = e.errors();
      Messages.refused(null, e);
    } catch (DomainException e) {
      Messages.refused(null, e);
    } catch (IOException e) {
      Messages.error(null, "Not imported", "The upload could not be read; try again.");
    }
  }

  /** An empty site file for this study: the header row with its covariate columns. */
  public StreamedContent getTemplate() {
    byte[] csv = (String.join(",", SiteFileReader.header(sites.covariateRules(code))) + "\r\n").getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name(code.toLowerCase(Locale.ROOT) + "-sites.csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(csv))
        .build();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public List<SiteView> getSites() {
    return siteViews;
  }

  public List<String> getCovariateCodes() {
    return covariateCodes;
  }

  public String getCovariateList() {
    return String.join(", ", covariateCodes);
  }

  public NewSiteForm getAdding() {
    return adding;
  }

  public SiteForm getForm() {
    return form;
  }

  public String getClosing() {
    return closing;
  }

  public void setClosing(String closing) {
    this.closing = closing;
  }

  public String getCloseReason() {
    return closeReason;
  }

  public void setCloseReason(String closeReason) {
    this.closeReason = closeReason;
  }

  public List<RowError> getImportErrors() {
    return importErrors;
  }
}
