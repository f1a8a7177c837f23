package org.pragma.export;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pragma.audit.Audit;
import org.pragma.audit.AuditSubject;
import org.pragma.audit.Changes;
import org.pragma.export.ExportSource.SiteFacts;
import org.pragma.exports.AnalysisExport;
import org.pragma.exports.ExportSummary;
import org.pragma.exports.ExportedFile;
import org.pragma.exports.ManifestFacts;
import org.pragma.exports.RowSink;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyCalendar;
import org.pragma.protocol.StudyProtocol;

/**
 * Writes one export in the background: each chosen dataset streamed from the database through the
 * writers (patients, visits and utilization each one pass over the patient cursors), then the zip
 * moved into place and the record, with row counts, manifest and SHA-256, marked done and audited.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class ExportJob {
  private static final Logger LOG = Logger.getLogger(ExportJob.class.getName());

  @PersistenceContext(unitName = "pragma") EntityManager em;
  @Resource UserTransaction tx;
  @Inject ExportSource source;
  @Inject ExportProgress progress;
  @Inject ExportFiles files;
  @Inject StudyCalendar calendar;
  @EJB ProtocolService protocols;
  @Inject Audit audit;
  @Inject Clock clock;

  public ExportStatus run(long exportId, String study, long studyId, Instant studyCreated, ExportRequest request) {
    Path work = files.work(study, exportId);
    try {
      inTransaction(() -> em.find(ExportRecord.class, exportId).running());
      return write(exportId, study, studyId, studyCreated, request, work);
    } catch (RuntimeException | IOException e) {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "Export " + exportId + " of " + study + " failed (incident " + incident + ")", e);
      rollbackQuietly();
      inTransaction(() -> {
        ExportRecord row = em.find(ExportRecord.class, exportId);
        row.failed("The export stopped on a server error (incident " + incident + "); no file was kept. Try again, or report the incident id.",
            clock.instant());
        audit.changed(subject(row), "status", ExportStatus.RUNNING, ExportStatus.FAILED, "Server error, incident " + incident);
      });
      try {
        Files.deleteIfExists(files.zip(study, exportId));
      } catch (IOException ignored) {
        // nothing was recorded as done; a stray file is never offered for download
      }
      return ExportStatus.FAILED;
    } finally {
      progress.done(exportId);
    }
  }

  private ExportStatus write(long exportId, String study, long studyId, Instant studyCreated, ExportRequest request, Path work)
      throws IOException {
    StudyProtocol protocol = protocols.protocol(study);
    LocalDate today = calendar.today(study);
    Instant snapshot = source.lastChange(study).orElse(studyCreated);
    List<SiteFacts> sites = source.sites(studyId);
    ExportDatasets datasets = new ExportDatasets(protocol, request.actualDates());
    ExportRows rows = new ExportRows(datasets, today, sites);
    progress.expect(exportId, expectedRows(request, datasets, studyId, sites.size()));
    Path zip = files.zip(study, exportId);
    Files.createDirectories(zip.getParent());
    Path part = zip.resolveSibling(exportId + ".zip.part");
    ExportSummary summary;
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
    try (AnalysisExport export = AnalysisExport.start(work, request.formats(), snapshot)) {
      for (String name : request.datasets()) {
        try (RowSink sink = new Counting(export.dataset(datasets.dataset(name)), exportId)) {
          writeDataset(name, sink, rows, request, studyId, sites);
        }
      }
      ManifestFacts facts = new ManifestFacts(study, snapshot, today, software(), request.actualDates(), request.filterMap(),
          source.protocolVersions(studyId));
      try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(part), 1 << 16), sha)) {
        summary = export.finish(facts, out);
      }
    }
    Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    String hash = HexFormat.of().formatHex(sha.digest());
    long bytes = Files.size(zip);
    Map<String, Long> counts = new LinkedHashMap<>();
    request.datasets().forEach(d -> counts.put(d, summary.rows().get(d)));
    String rowText = String.join(";", counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    String fileHashes = String.join("; ", summary.files().stream().map(ExportedFile::name).map(n -> n + " " + hashOf(summary, n)).toList());
    inTransaction(() -> {
      ExportRecord row = em.find(ExportRecord.class, exportId);
      row.done(snapshot, rowText, summary.manifest(), hash, bytes, clock.instant());
      audit.changed(subject(row), Changes.of().field("status", ExportStatus.RUNNING, ExportStatus.DONE)
          .field("rows", null, rowText).field("sha256", null, hash).field("files", null, cut(fileHashes, 3900)), "Export written");
    });
    LOG.info(() -> "Export " + exportId + " of " + study + " written: " + rowText);
    return ExportStatus.DONE;
  }

  private void writeDataset(String name, RowSink sink, ExportRows rows, ExportRequest request, long studyId, List<SiteFacts> sites)
      throws IOException {
    switch (name) {
      case ExportDatasets.PATIENTS -> source.patients(studyId, (p, visits, claims) -> {
        if (request.includes(p.site(), p.arm(), p.enrolledOn())) {
          sink.row(rows.patient(p, visits, claims));
        }
      });
      case ExportDatasets.VISITS -> source.patients(studyId, (p, visits, claims) -> {
        if (request.includes(p.site(), p.arm(), p.enrolledOn())) {
          rows.visits(p, visits, sink);
        }
      });
      case ExportDatasets.UTILIZATION -> source.patients(studyId, (p, visits, claims) -> {
        if (request.includes(p.site(), p.arm(), p.enrolledOn())) {
          rows.utilization(p, claims, sink);
        }
      });
      case ExportDatasets.SITES -> {
        for (SiteFacts site : sites) {
          if (request.includesSite(site.code(), site.arm())) {
            sink.row(rows.site(site));
          }
        }
      }
      case ExportDatasets.SCREENING -> {
        LocalDate[] first = {null};
        source.screenings(studyId, s -> {
          first[0] = first[0] == null ? s.screenedOn() : first[0];
          if (request.includesSite(s.site(), s.arm())) {
            sink.row(rows.screening(s, first[0]));
          }
        });
      }
      default -> throw new IllegalArgumentException("No dataset " + name);
    }
  }

  private long expectedRows(ExportRequest request, ExportDatasets datasets, long studyId, int sites) {
    long patients = source.patientCount(studyId);
    long rows = 0;
    for (String name : request.datasets()) {
      rows += switch (name) {
        case ExportDatasets.PATIENTS -> patients;
        case ExportDatasets.VISITS -> patients * Math.max(1, datasets.visits.size());
        case ExportDatasets.UTILIZATION -> patients * 2L * org.pragma.spending.ServiceCategory.values().length;
        case ExportDatasets.SITES -> sites;
        default -> source.screeningCount(studyId);
      };
    }
    return rows;
  }

  private static String hashOf(ExportSummary summary, String name) {
    return summary.files().stream().filter(f -> f.name().equals(name)).findFirst().map(ExportedFile::sha256).orElse("");
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private String software() {
    String version = ExportJob.class.getPackage().getImplementationVersion();
    return "Pragma " + (version == null ? "development build" : version);
  }

  static AuditSubject subject(ExportRecord row) {
    return AuditSubject.of("analysis-export", String.valueOf(row.id())).inStudy(row.study().code());
  }

  /** Counts rows into the progress every thousand rows. */
  private final class Counting implements RowSink {
    private final RowSink sink;
    private final long exportId;

    Counting(RowSink sink, long exportId) {
      this.sink = sink;
      this.exportId = exportId;
    }

    @Override
    public void row(Object... values) throws IOException {
      sink.row(values);
      if (sink.rows() % 1000 == 0) {
        progress.wrote(exportId, 1000);
      }
    }

    @Override
    public long rows() {
      return sink.rows();
    }

    @Override
    public void close() throws IOException {
      progress.wrote(exportId, sink.rows() % 1000);
      sink.close();
    }
  }

  private void inTransaction(Runnable work) {
    try {
      tx.begin();
      work.run();
      tx.commit();
    } catch (RuntimeException e) {
      rollbackQuietly();
      throw e;
    } catch (Exception e) {
      rollbackQuietly();
      throw new IllegalStateException("export bookkeeping failed", e);
    }
  }

  private void rollbackQuietly() {
    try {
      if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        tx.rollback();
      }
    } catch (Exception e) {
      LOG.log(Level.FINE, "rollback after a failed export", e);
    }
  }
}
