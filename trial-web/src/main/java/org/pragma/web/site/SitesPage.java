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
import org.pragma.site.SiteService;
import org.pragma.site.SiteStatus;
import org.pragma.web.faces.Labels;
import org.pragma.site.imports.RowError;
import org.pragma.site.imports.SiteFileFormat;
import org.pragma.site.imports.SiteFileReader;
import org.pragma.site.imports.SiteFileRefusedException;
import org.pragma.web.faces.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The admin's sites page: the study's sites; opening a planned one for enrollment (adding one: {@link AddSiteDialog}),
 * correcting or closing one; importing many from a file and downloading the file's template.
 */
@Named
@ViewScoped
public class SitesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient SiteService sites;
  @EJB private transient AllocationService allocation;

  private String code;
  private List<SiteView> siteViews = List.of();
  private List<String> covariateCodes = List.of();
  private SiteForm form;
  private String closing;
  private String closeReason;
  private List<RowError> importErrors = List.of();

  public void load() {
    try {
      siteViews = sites.of(code).stream().map(s -> SiteView.of(s, allocation.armOf(s).orElse(null))).toList();
      covariateCodes = sites.covariateRules(code).codes();
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
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
      Messages.refusedListedOnPage(null, e);
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

  /**
   * Whether any site fills one of the record's optional fields (healthSystem, location, stratum,
   * enrollmentTarget): a column nobody has filled is left out, so the table fits without wrapping.
   */
  public boolean anyHas(String field) {
    return siteViews != null && siteViews.stream().anyMatch(s -> switch (field) {
      case "healthSystem" -> s.healthSystem() != null && !s.healthSystem().isBlank();
      case "location" -> s.location() != null && !s.location().isBlank();
      case "stratum" -> s.stratum() != null && !s.stratum().isBlank();
      case "enrollmentTarget" -> s.enrollmentTarget() != null;
      default -> throw new IllegalArgumentException("not an optional site field: " + field);
    });
  }

  /**
   * A covariate's label, marked as one where it reads like a field of the site record: SPINE CARE's
   * covariate health-system and the record's Health system would otherwise be two look-alike inputs.
   */
  public String covariateLabel(String covariate) {
    String words = Labels.words(covariate);
    return java.util.Set.of("Code", "Name", "Health system", "Location", "Stratum", "Enrollment target").contains(words)
        ? words + " (covariate)" : words;
  }

  public String getCovariateList() {
    return String.join(", ", covariateCodes);
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
