package org.pragma.spending;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pragma.audit.Audit;
import org.pragma.audit.AuditSubject;
import org.pragma.enrollment.IdentifierCipher;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyCalendar;
import org.pragma.site.imports.RowError;
import org.pragma.site.imports.SiteFileFormat;
import org.pragma.spending.jpa.ClaimLineStore;
import org.pragma.spending.jpa.StudyPatientLookup;

/**
 * Runs one claims import in the background, in two passes over the stored file: the first checks
 * every line (nothing is written); a file with any problem is refused with its first problems
 * recorded. The second writes the lines in batches, all in one transaction, so a file imports
 * completely or not at all, and a corrected file replaces the lines of the import it corrects in
 * that same transaction.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class ClaimsImportJob {
  private static final Logger LOG = Logger.getLogger(ClaimsImportJob.class.getName());
  /** A file of millions of lines takes minutes, well past a default transaction timeout. */
  private static final int TRANSACTION_SECONDS = 3600;

  @PersistenceContext(unitName = "pragma") EntityManager em;
  @Resource UserTransaction tx;
  @Inject ClaimLineStore store;
  @Inject ImportProgress progress;
  @Inject IdentifierCipher cipher;
  @Inject StudyCalendar calendar;
  @EJB ProtocolService protocols;
  @Inject Audit audit;
  @Inject Clock clock;

  /** Imports the file stored for {@code importId}, then deletes it. */
  public ImportStatus run(long importId, Path file, SiteFileFormat format) {
    try {
      return importFile(importId, file, format);
    } catch (RuntimeException e) {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "Claims import " + importId + " failed (incident " + incident + ")", e);
      rollbackQuietly();
      inTransaction(() -> em.find(ClaimsImport.class, importId).failed(
          "The import stopped on a server error (incident " + incident + "); nothing was imported. Try again, or report the incident id.",
          clock.instant()));
      return ImportStatus.FAILED;
    } finally {
      progress.done(importId);
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.warning(() -> "Could not delete the uploaded claims file " + file + ": " + e.getMessage());
      }
    }
  }

  private ImportStatus importFile(long importId, Path file, SiteFileFormat format) {
    Setup setup = inTransaction(() -> {
      ClaimsImport row = em.find(ClaimsImport.class, importId);
      row.running();
      String study = row.study().code();
      org.pragma.protocol.StudyProtocol protocol = protocols.protocol(study);
      return new Setup(row.source().id(), study, row.source().mapping(), CategoryTables.of(protocol), protocol.spending(),
          new StudyPatientLookup(em, row.study().id(), cipher), calendar.today(study), row.replacesId());
    });
    ClaimLineParser check = setup.parser();
    long[] lines = {0};
    try {
      SpreadsheetRows.read(file, format, new SpreadsheetRows.Handler() {
        @Override
        public void header(List<String> names) {
          check.header(names);
        }

        @Override
        public void row(long number, List<String> cells) {
          check.row(number, cells);
          if (++lines[0] % 10_000 == 0) {
            progress.checking(importId, lines[0]);
          }
        }
      });
    } catch (ClaimsRefusedException | UnreadableClaimsFileException e) {
      List<RowError> errors = e instanceof ClaimsRefusedException r ? r.errors() : List.of(new RowError(1, null, e.getMessage()));
      return refuse(importId, setup.study(), lines[0], errors, errors.size(), e.getMessage());
    }
    if (check.errorCount() > 0) {
      return refuse(importId, setup.study(), lines[0], check.errors(), check.errorCount(),
          (check.errorCount() == 1 ? "1 problem" : check.errorCount() + " problems") + " in " + lines[0] + (lines[0] == 1 ? " line" : " lines")
              + "; nothing was imported. Fix the rows listed and upload the whole file again.");
    }
    if (lines[0] == 0) {
      return refuse(importId, setup.study(), 0, List.of(new RowError(2, null, "The file has a header but no claim lines.")), 1,
          "The file has no claim lines.");
    }
    return write(importId, file, format, setup, lines[0]);
  }

  private ImportStatus write(long importId, Path file, SiteFileFormat format, Setup setup, long total) {
    ClaimLineParser parser = setup.parser();
    long[] counts = new long[3]; // written, known codes, unknown codes
    LocalDate[] span = new LocalDate[2];
    begin();
    ClaimsImport row = em.find(ClaimsImport.class, importId);
    if (setup.replaces() != null) {
      ClaimsImport old = em.find(ClaimsImport.class, setup.replaces());
      long removed = store.removeLinesOf(old.id());
      old.replacedBy(importId);
      audit.changed(subject(old), "status", ImportStatus.IMPORTED, ImportStatus.REPLACED,
          "Replaced by import " + importId + " (" + removed + " lines removed): " + row.reason());
    }
    List<ClaimLine> batch = new ArrayList<>(ClaimLineStore.BATCH);
    ClaimLineStore.FileLines lines = store.newFile();
    SpreadsheetRows.read(file, format, new SpreadsheetRows.Handler() {
      @Override
      public void header(List<String> names) {
        parser.header(names);
      }

      @Override
      public void row(long number, List<String> cells) {
        ClaimLine line = parser.row(number, cells).orElseThrow(() ->
            new IllegalStateException("row " + number + " changed between the check and the import"));
        batch.add(line);
        counts[line.knownCode() ? 1 : 2]++;
        span[0] = span[0] == null || line.serviceDate().isBefore(span[0]) ? line.serviceDate() : span[0];
        span[1] = span[1] == null || line.serviceDate().isAfter(span[1]) ? line.serviceDate() : span[1];
        if (batch.size() == ClaimLineStore.BATCH) {
          store.add(importId, setup.sourceId(), lines, batch);
          counts[0] += batch.size();
          batch.clear();
          progress.writing(importId, total, counts[0]);
        }
      }
    });
    if (!batch.isEmpty()) {
      store.add(importId, setup.sourceId(), lines, batch);
      counts[0] += batch.size();
    }
    long added = store.linesOf(importId);
    row.imported(total, added, counts[1], counts[2], span[0], span[1], clock.instant());
    audit.changed(subject(row), "status", ImportStatus.RUNNING, ImportStatus.IMPORTED,
        added + " of " + total + " lines added" + (added < total ? " (" + (total - added) + " already imported)" : ""));
    commit();
    return ImportStatus.IMPORTED;
  }

  private ImportStatus refuse(long importId, String study, long read, List<RowError> errors, long count, String message) {
    inTransaction(() -> {
      ClaimsImport row = em.find(ClaimsImport.class, importId);
      errors.forEach(e -> em.createNativeQuery("insert into claims_import_error (import_id, row_no, col, message) values (?, ?, ?, ?)")
          .setParameter(1, importId).setParameter(2, (long) e.row()).setParameter(3, e.column())
          .setParameter(4, e.message().length() > 1000 ? e.message().substring(0, 1000) : e.message()).executeUpdate());
      row.refused(read, count, message, clock.instant());
      audit.changed(subject(row), "status", ImportStatus.RUNNING, ImportStatus.REFUSED, count + " problem(s); nothing imported");
      return null;
    });
    return ImportStatus.REFUSED;
  }

  static AuditSubject subject(ClaimsImport row) {
    return AuditSubject.of("claims-import", String.valueOf(row.id())).inStudy(row.study().code());
  }

  private record Setup(long sourceId, String study, ColumnMapping mapping, CategoryTable categories, SpendingWindow window,
      PatientLookup patients,
      LocalDate today, Long replaces) {
    ClaimLineParser parser() {
      return new ClaimLineParser(mapping, patients, categories, window, today);
    }
  }

  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    begin();
    T result = work.get();
    commit();
    return result;
  }

  private void inTransaction(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }

  private void begin() {
    try {
      tx.setTransactionTimeout(TRANSACTION_SECONDS);
      tx.begin();
    } catch (Exception e) {
      throw new IllegalStateException("cannot begin a transaction", e);
    }
  }

  private void commit() {
    try {
      tx.commit();
    } catch (Exception e) {
      throw new IllegalStateException("the import's transaction did not commit", e);
    }
  }

  private void rollbackQuietly() {
    try {
      if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        tx.rollback();
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "rollback after a failed claims import", e);
    }
  }

  static Map<String, Object> created(ClaimsImport row) {
    return Map.of("file", row.fileName(), "sha256", row.sha256(), "source", row.source().name(), "status", row.status());
  }
}
