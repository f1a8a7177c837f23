package org.pragma.web.spending;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import jakarta.faces.context.FacesContext;
import org.pragma.protocol.StudyCalendar;
import org.pragma.shared.DomainException;
import org.pragma.site.imports.RowError;
import org.pragma.spending.ClaimsImportView;
import org.pragma.spending.ClaimsRefusedException;
import org.pragma.spending.PreviewRow;
import org.pragma.spending.ClaimsService;
import org.pragma.spending.ClaimsSource;
import org.pragma.spending.ColumnMapping;
import org.pragma.spending.ImportStatus;
import org.pragma.spending.PriceBasis;
import org.pragma.study.Study;
import org.pragma.study.StudyService;
import org.pragma.web.faces.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The data manager's claims page: upload a claims or billing extract for a data source, watch it
 * import in the background, read the history with per-category totals, download a refused file's
 * error report, and edit a source's column mapping.
 */
@Named
@ViewScoped
public class ClaimsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient ClaimsService claims;
  @EJB private transient StudyService studies;
  @Inject private transient StudyCalendar calendar;
  @EJB private transient org.pragma.protocol.ProtocolService protocols;

  private String code;
  private List<Study> visibleStudies = List.of();
  private List<ClaimsImportView> imports = List.of();
  private List<String> sourceNames = List.of();
  private String source = "";
  private Long replaces;
  private String reason;
  private Long running;
  private ClaimsImportView last;
  private List<RowError> lastErrors = List.of();
  private MappingForm mapping;
  private ClaimsService.Stored stored;
  private String storedName;
  private List<PreviewRow> preview = List.of();
  static final int PREVIEW_ROWS = 10;
  private String zone = "UTC";
  private int lookBackDays = org.pragma.spending.SpendingWindow.DEFAULT_LOOK_BACK_DAYS;

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
      lookBackDays = protocols.visibleProtocol(code).spending().lookBackDays();
      refresh();
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  private void refresh() {
    imports = claims.imports(code);
    sourceNames = claims.sources(code).stream().map(ClaimsSource::name).toList();
    if (source.isBlank() && !sourceNames.isEmpty()) {
      source = sourceNames.get(0);
    }
  }

  /** Stores the uploaded file and starts its import in the background; the progress bar follows it. */
  public void upload(FileUploadEvent event) {
    last = null;
    lastErrors = List.of();
    // PrimeFaces broadcasts the upload event right after decoding, before the form's other fields
    // reach the bean: read the fields the upload posted with it.
    Map<String, String> posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    if (posted.containsKey("claims:source")) {
      setSource(posted.get("claims:source"));
    }
    if (posted.containsKey("claims:replaces_input")) {
      String id = posted.get("claims:replaces_input");
      replaces = id == null || id.isBlank() ? null : Long.valueOf(id);
    }
    if (posted.containsKey("claims:reason")) {
      reason = posted.get("claims:reason");
    }
    if (source == null || source.isBlank()) {
      Messages.error("claims:source", "Not imported", "Name the data source the file comes from (e.g. 'BCBS extract').");
      return;
    }
    discard();
    String fileName = event.getFile().getFileName();
    try (InputStream in = event.getFile().getInputStream()) {
      ClaimsService.Stored file = claims.store(in);
      stored = file;
      storedName = fileName;
      preview = claims.preview(code, source.strip(), fileName, file, PREVIEW_ROWS);
    } catch (ClaimsRefusedException e) {
      discard();
      last = null;
      lastErrors = e.errors();
      Messages.refused("claims:upload", e);
    } catch (DomainException e) {
      discard();
      Messages.refused("claims:upload", e);
    } catch (EJBException e) {
      discard();
      Messages.invalid("claims:upload", e);
    } catch (IOException e) {
      discard();
      Messages.error("claims:upload", "Not imported", "The upload could not be read; try again.");
    }
  }

  /** Imports the previewed file in the background; the progress bar follows it. */
  public void importFile() {
    if (stored == null) {
      Messages.error("claims:import", "Not imported", "Choose the file again: the preview has expired.");
      return;
    }
    if (replaces != null && (reason == null || reason.isBlank())) {
      Messages.error("claims:reason", "Not imported", "Give the reason this file replaces import " + replaces + ".");
      return;
    }
    try {
      ClaimsService.Upload upload = claims.start(code, source.strip(), storedName, stored, replaces, reason);
      stored = null;
      preview = List.of();
      if (upload.view().alreadyImported()) {
        last = upload.view();
        Messages.info("Nothing new", "This file was imported from " + source + " before (import " + last.id() + "); nothing was added.");
      } else {
        running = upload.view().id();
      }
      refresh();
    } catch (DomainException e) {
      Messages.refused("claims:import", e);
    } catch (EJBException e) {
      Messages.invalid("claims:import", e);
    }
  }

  /** Forgets a previewed file that will not be imported. */
  public void discard() {
    if (stored != null) {
      claims.discard(stored);
    }
    stored = null;
    storedName = null;
    preview = List.of();
  }

  /** 0–100 while the import runs; 100 once it has finished (the bar's "complete" event then shows the outcome). */
  public int getProgress() {
    if (running == null) {
      return 0;
    }
    ClaimsImportView view = claims.view(code, running);
    return view.status().finished() ? 100 : Math.min(99, view.percent() == null ? 0 : view.percent());
  }

  public String getProgressLabel() {
    if (running == null) {
      return "";
    }
    ClaimsImportView view = claims.view(code, running);
    return view.status() == ImportStatus.QUEUED ? "Waiting to start…" : "Importing… {value}%";
  }

  /** Each second while an import runs: once it has finished, its outcome shows next to the upload. */
  public void poll() {
    if (running == null) {
      return;
    }
    ClaimsImportView view = claims.view(code, running);
    if (!view.status().finished()) {
      return;
    }
    last = view;
    running = null;
    replaces = null;
    reason = null;
    lastErrors = last.status() == ImportStatus.REFUSED ? claims.errors(code, last.id()) : List.of();
    refresh();
  }

  public StreamedContent errorReport(ClaimsImportView view) {
    byte[] csv = ClaimsErrorReport.csv(view.fileName(), claims.errors(code, view.id())).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder().name("claims-import-" + view.id() + "-errors.csv").contentType("text/csv")
        .stream(() -> new ByteArrayInputStream(csv)).build();
  }

  public void editMapping() {
    ClaimsSource found = claims.sources(code).stream().filter(s -> s.name().equals(source)).findFirst().orElse(null);
    mapping = found == null ? MappingForm.of(source, ColumnMapping.standard(), null) : MappingForm.of(found.name(), found.mapping(), found.version());
  }

  public void saveMapping() {
    try {
      ClaimsSource saved = claims.saveSource(code, mapping.getName(), mapping.toMapping(), mapping.getVersion());
      source = saved.name();
      mapping = null;
      Messages.info("Mapping saved", "Files from " + source + " are read with the new mapping from the next upload on.");
      refresh();
    } catch (DomainException e) {
      Messages.refused("claims:mapping-save", e);
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    } catch (EJBException e) {
      Messages.invalid("claims:mapping-save", e);
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public List<ClaimsImportView> getReplaceable() {
    return imports.stream().filter(i -> i.status() == ImportStatus.IMPORTED).toList();
  }

  public PriceBasis[] getPriceBases() {
    return PriceBasis.values();
  }

  public ZoneId zone() {
    return ZoneId.of(zone);
  }

  public String getZone() { return zone; }

  /** The study's look-back before enrollment, in days (its study file's spending.lookBackDays). */
  public int getLookBackDays() { return lookBackDays; }
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public List<Study> getVisibleStudies() { return visibleStudies; }
  public List<ClaimsImportView> getImports() { return imports; }
  public List<String> getSourceNames() { return sourceNames; }
  public String getSource() { return source; }
  public void setSource(String source) { this.source = source == null ? "" : source; }
  public Long getReplaces() { return replaces; }
  public void setReplaces(Long replaces) { this.replaces = replaces; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
  public boolean isRunning() { return running != null; }
  public ClaimsImportView getLast() { return last; }
  public List<RowError> getLastErrors() { return lastErrors; }
  public MappingForm getMapping() { return mapping; }
  public List<PreviewRow> getPreview() { return preview; }
  public String getStoredName() { return storedName; }
  public boolean isPreviewing() { return stored != null; }
  public long getPreviewProblems() { return preview.stream().filter(r -> !r.problems().isEmpty()).count(); }
}
