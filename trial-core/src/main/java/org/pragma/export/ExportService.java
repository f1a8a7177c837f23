package org.pragma.export;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.pragma.audit.Audit;
import org.pragma.security.CurrentUser;
import org.pragma.signature.Signature;
import org.pragma.signature.SignatureMeaning;
import org.pragma.signature.SignatureRequest;
import org.pragma.signature.SignatureService;
import org.pragma.security.Roles;
import org.pragma.shared.DomainException;
import org.pragma.study.Study;
import org.pragma.study.StudyService;

/**
 * Analysis exports of a study: data managers and admins start them (they run in the background on
 * the managed executor); they, and statisticians, follow their progress, list the history and
 * download the zips. Only data managers may export real dates (a limited dataset).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER, Roles.STATISTICIAN})
public class ExportService {
  @PersistenceContext(unitName = "pragma") EntityManager em;
  @EJB StudyService studies;
  @EJB ExportJob job;
  @EJB SignatureService signatures;
  @Inject ExportProgress progress;
  @Inject ExportFiles files;
  @Inject CurrentUser currentUser;
  @Inject Audit audit;
  @Inject Clock clock;
  @Resource ManagedExecutorService executor;
  @Resource SessionContext self;

  /** An export on its way: its record and the background run that writes it. */
  public record Started(ExportView view, Future<ExportStatus> run) {}

  /** Records the export (audited) and starts it in the background. */
  @RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Started start(String studyCode, ExportRequest request) {
    if (request.actualDates() && !self.isCallerInRole(Roles.DATA_MANAGER)) {
      throw new ExportRefusedException(DomainException.Kind.RULE, "limited-dataset-not-allowed", List.of(new ExportError("dates",
          "Only data managers may export real dates (a limited dataset); choose days from enrollment.")));
    }
    ExportService me = self.getBusinessObject(ExportService.class);
    ExportRecord row = me.record(studyCode, request);
    long id = row.id();
    String study = row.study().code();
    long studyId = row.study().id();
    java.time.Instant created = row.study().createdAt();
    Future<ExportStatus> run = executor.submit(() -> job.run(id, study, studyId, created, request));
    return new Started(me.view(studyCode, id), run);
  }

  @RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER})
  public ExportRecord record(String studyCode, ExportRequest request) {
    Study study = studies.byCode(studyCode);
    ExportRecord row = new ExportRecord(study, request, currentUser.name(), clock.instant());
    em.persist(row);
    em.flush();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("datasets", row.datasets());
    values.put("formats", row.formats());
    values.put("dates", row.actualDates() ? "actual (limited dataset)" : "relative");
    values.put("filters", row.filters());
    values.put("status", row.status());
    audit.created(ExportJob.subject(row), values);
    return row;
  }

  /** The study's exports, newest first. */
  public List<ExportView> exports(String studyCode) {
    Study study = studies.byCode(studyCode);
    return em.createQuery("select e from ExportRecord e where e.study = :study order by e.requestedAt desc, e.id desc", ExportRecord.class)
        .setParameter("study", study).setMaxResults(200).getResultList().stream()
        .map(e -> ExportView.of(e, progress.percent(e.id()).orElse(0))).toList();
  }

  public ExportView view(String studyCode, long exportId) {
    ExportRecord row = find(studyCode, exportId);
    return ExportView.of(row, progress.percent(row.id()).orElse(0));
  }

  /**
   * Signs a finished export as final (meaning: approval) with the data manager's password again;
   * the signature covers the zip's SHA-256 and commits with the export's record. Once only.
   */
  @RolesAllowed(Roles.DATA_MANAGER)
  public ExportView sign(String studyCode, long exportId, String password) {
    ExportRecord row = find(studyCode, exportId);
    if (row.status() != ExportStatus.DONE) {
      throw new DomainException(DomainException.Kind.CONFLICT, "export-not-ready",
          "Export " + exportId + " is not finished; only a written export can be signed.");
    }
    if (row.signatureId() != null) {
      throw new DomainException(DomainException.Kind.CONFLICT, "export-already-signed",
          "Export " + exportId + " was signed as final by " + row.signedBy() + " already.");
    }
    Signature signature = signatures.sign(new SignatureRequest(password, SignatureMeaning.APPROVAL, row.fileSha256(),
        "Final analysis export " + exportId + " of " + row.study().code()));
    row.signed(signature.id(), signature.username(), signature.signedAt());
    audit.changed(ExportJob.subject(row), "signature", null, signature.id(), "Signed as the final export");
    return ExportView.of(row, null);
  }

  /** The zip of a finished export; 409 while it runs or when it failed. */
  public Path file(String studyCode, long exportId) {
    ExportRecord row = find(studyCode, exportId);
    Path zip = files.zip(row.study().code(), row.id());
    if (row.status() != ExportStatus.DONE || !Files.isRegularFile(zip)) {
      throw new DomainException(DomainException.Kind.CONFLICT, "export-not-ready", row.status() == ExportStatus.FAILED
          ? "Export " + exportId + " failed; start a new one." : "Export " + exportId + " is still being written; try again when it is done.");
    }
    return zip;
  }

  private ExportRecord find(String studyCode, long exportId) {
    Study study = studies.byCode(studyCode);
    ExportRecord row = em.find(ExportRecord.class, exportId);
    if (row == null || !row.study().id().equals(study.id())) {
      throw new DomainException(DomainException.Kind.NOT_FOUND, "export-not-found", "Export " + exportId + " does not exist in this study.");
    }
    return row;
  }
}
