package org.pragma.web.export;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.pragma.export.ExportDatasets;
import org.pragma.export.ExportRequest;
import org.pragma.export.ExportService;
import org.pragma.export.ExportView;
import org.pragma.protocol.Arm;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyCalendar;
import org.pragma.shared.DomainException;
import org.pragma.site.Site;
import org.pragma.site.SiteService;
import org.pragma.study.Study;
import org.pragma.study.StudyService;
import org.pragma.web.faces.Form;
import org.pragma.web.faces.Messages;
import org.pragma.web.security.SignedIn;

/**
 * The analysis exports page: a data manager or admin chooses datasets, formats, dates and filters
 * and starts an export, which runs in the background with a progress bar; everyone allowed (also
 * statisticians) reads the history and downloads the zips again.
 */
@Named
@ViewScoped
public class ExportsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Form FORM = Form.at("exports:start").field("datasets", "exports:datasets", "")
      .field("formats", "exports:formats", "").field("dates", "exports:dates", "")
      .field("enrolledFrom", "exports:enrolledFrom", "").field("enrolledTo", "exports:enrolledTo", "");

  @EJB private transient ExportService exports;
  @EJB private transient StudyService studies;
  @EJB private transient SiteService sites;
  @EJB private transient ProtocolService protocols;
  @Inject private transient StudyCalendar calendar;
  @Inject private transient SignedIn signedIn;

  private String code;
  private List<Study> visibleStudies = List.of();
  private List<ExportView> history = List.of();
  private List<String> siteCodes = List.of();
  private List<Arm> arms = List.of();
  private List<String> datasets = new ArrayList<>(List.of(ExportDatasets.PATIENTS));
  private List<String> formats = new ArrayList<>(List.of("csv"));
  private String dates = "relative";
  private List<String> chosenSites = new ArrayList<>();
  private List<String> chosenArms = new ArrayList<>();
  private LocalDate enrolledFrom;
  private LocalDate enrolledTo;
  private Long running;
  private ExportView last;
  private String zone = "UTC";
  private Long signing;
  private String password;

  public void load() {
    try {
      visibleStudies = studies.all();
      if ((code == null || code.isBlank()) && !visibleStudies.isEmpty()) {
        code = visibleStudies.get(0).code();
      }
      if (code == null || code.isBlank()) {
        return;
      }
      zone = calendar.zone(code).getId();
      siteCodes = sites.of(code).stream().map(Site::code).sorted().toList();
      arms = protocols.visibleProtocol(code).arms();
      history = exports.exports(code);
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  /** Starts the export in the background; the progress bar follows it. */
  public void start() {
    last = null;
    try {
      ExportRequest request = ExportRequest.of(datasets, formats, dates, chosenSites, chosenArms, enrolledFrom, enrolledTo);
      running = exports.start(code, request).view().id();
      history = exports.exports(code);
    } catch (DomainException e) {
      Messages.refused(e, FORM);
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    } catch (EJBException e) {
      Messages.invalid(e, FORM);
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** 0–100 while the export runs; 100 once it has finished. */
  public int getProgress() {
    if (running == null) {
      return 0;
    }
    ExportView view = exports.view(code, running);
    return view.status().finished() ? 100 : view.percent() == null ? 0 : view.percent();
  }

  /** Each second while an export runs: once finished, its outcome and download show. */
  public void poll() {
    if (running == null) {
      return;
    }
    ExportView view = exports.view(code, running);
    if (view.status().finished()) {
      last = view;
      running = null;
      history = exports.exports(code);
    }
  }

  /** Opens the signature dialog for an export. */
  public void chooseToSign(ExportView view) {
    signing = view.id();
    password = null;
  }

  /** Signs the chosen export as final with the password entered again. */
  public void sign() {
    try {
      ExportView signed = exports.sign(code, signing, password == null ? "" : password);
      Messages.info("Signed", "Export " + signed.id() + " is signed as the final export.");
      signing = null;
      history = exports.exports(code);
    } catch (DomainException e) {
      Messages.refused("exports:sign", e);
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    } finally {
      password = null;
    }
  }

  public boolean isMaySign() {
    return signedIn.isDataManager();
  }

  public StreamedContent download(ExportView view) {
    java.nio.file.Path zip = exports.file(code, view.id());
    return DefaultStreamedContent.builder().name(view.fileName()).contentType("application/zip").stream(() -> {
      try {
        return Files.newInputStream(zip);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).build();
  }

  /** "patients: 3 rows · visits: 9 rows": the rows of each dataset written. */
  public String rowsText(ExportView view) {
    return String.join(" · ", view.rows().entrySet().stream()
        .map(e -> String.format(java.util.Locale.US, "%s: %,d %s", e.getKey(), e.getValue(), e.getValue() == 1 ? "row" : "rows"))
        .toList());
  }

  public String formatsText(ExportView view) {
    return String.join(" + ", view.formats().stream().map(f -> f.toUpperCase(java.util.Locale.ROOT)).toList());
  }

  public String datesText(ExportView view) {
    return "actual".equals(view.dates()) ? "Real dates (limited dataset)" : "Days from enrollment";
  }

  public List<String> getDatasetNames() {
    return ExportDatasets.NAMES;
  }

  /** Only data managers may export real dates (a limited dataset). */
  public boolean isMayExportDates() {
    return signedIn.isDataManager();
  }

  public boolean isMayStart() {
    return signedIn.isAdmin() || signedIn.isDataManager();
  }

  public ZoneId zone() { return ZoneId.of(zone); }
  public String getZone() { return zone; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public List<Study> getVisibleStudies() { return visibleStudies; }
  public List<ExportView> getHistory() { return history; }
  public List<String> getSiteCodes() { return siteCodes; }
  public List<Arm> getArms() { return arms; }
  public List<String> getDatasets() { return datasets; }
  public void setDatasets(List<String> datasets) { this.datasets = datasets; }
  public List<String> getFormats() { return formats; }
  public void setFormats(List<String> formats) { this.formats = formats; }
  public String getDates() { return dates; }
  public void setDates(String dates) { this.dates = dates; }
  public List<String> getChosenSites() { return chosenSites; }
  public void setChosenSites(List<String> chosenSites) { this.chosenSites = chosenSites; }
  public List<String> getChosenArms() { return chosenArms; }
  public void setChosenArms(List<String> chosenArms) { this.chosenArms = chosenArms; }
  public LocalDate getEnrolledFrom() { return enrolledFrom; }
  public void setEnrolledFrom(LocalDate enrolledFrom) { this.enrolledFrom = enrolledFrom; }
  public LocalDate getEnrolledTo() { return enrolledTo; }
  public void setEnrolledTo(LocalDate enrolledTo) { this.enrolledTo = enrolledTo; }
  public boolean isRunning() { return running != null; }
  public Long getSigning() { return signing; }
  public String getPassword() { return password; }
  public void setPassword(String password) { this.password = password; }
  public ExportView getLast() { return last; }
}
