package org.pragma.spending;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import org.pragma.audit.Audit;
import org.pragma.audit.AuditSubject;
import org.pragma.security.CurrentUser;
import org.pragma.security.Roles;
import org.pragma.shared.DomainException;
import org.pragma.site.imports.RowError;
import org.pragma.site.imports.SiteFileFormat;
import org.pragma.spending.jpa.ClaimLineStore;
import org.pragma.spending.jpa.StudyPatientLookup;
import org.pragma.study.Study;
import org.pragma.study.StudyService;

/**
 * Claims imports for data managers and admins: data sources with their column mappings, uploads that
 * run in the background on the managed executor, their history, outcome and error report.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER})
public class ClaimsService {
  /** The largest file an upload takes (about 10 million claim lines of CSV). */
  public static final long MAX_BYTES = 1024L * 1024 * 1024;

  @PersistenceContext(unitName = "pragma") EntityManager em;
  @EJB StudyService studies;
  @EJB ClaimsImportJob job;
  @Inject ClaimLineStore store;
  @Inject ImportProgress progress;
  @Inject org.pragma.enrollment.IdentifierCipher cipher;
  @Inject org.pragma.protocol.StudyCalendar calendar;
  @EJB org.pragma.protocol.ProtocolService protocols;
  @Inject CurrentUser currentUser;
  @Inject Audit audit;
  @Inject Clock clock;
  @Resource ManagedExecutorService executor;
  @Resource SessionContext self;

  /** An upload on its way: the import's record and the background run that will finish it. */
  public record Upload(ClaimsImportView view, Future<ImportStatus> run) {}

  /**
   * Stores the file, records the import and starts it in the background. The same file imported
   * from the same source before answers with that earlier import (nothing new is added). A
   * corrected file names the import it replaces and why.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Upload upload(String studyCode, String sourceName, String fileName, InputStream content, Long replaces, String reason) {
    formatOf(fileName);
    return self.getBusinessObject(ClaimsService.class).start(studyCode, sourceName, fileName, store(content), replaces, reason);
  }

  /**
   * Starts the import of a file already stored (by {@link #store}): records it and runs it in the
   * background; the same file imported from the same source before answers with that import.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Upload start(String studyCode, String sourceName, String fileName, Stored stored, Long replaces, String reason) {
    SiteFileFormat format = formatOf(fileName);
    ClaimsService me = self.getBusinessObject(ClaimsService.class);
    ClaimsImport row;
    try {
      Optional<ClaimsImportView> earlier = me.sameFile(studyCode, sourceName, stored.sha256());
      if (earlier.isPresent()) {
        Files.deleteIfExists(stored.path());
        return new Upload(earlier.get(), java.util.concurrent.CompletableFuture.completedFuture(earlier.get().status()));
      }
      row = me.record(studyCode, sourceName, fileName, stored, replaces, reason);
    } catch (RuntimeException | IOException e) {
      deleteQuietly(stored.path());
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
    long id = row.id();
    Future<ImportStatus> run = executor.submit(() -> job.run(id, stored.path(), format));
    return new Upload(me.view(studyCode, id), run);
  }

  /**
   * The first {@code rows} rows of a stored file as the source's mapping reads them (the standard
   * mapping for a new source), with each row's problems; nothing is imported. A header that lacks a
   * mapped column is refused as the import would refuse it.
   */
  public List<PreviewRow> preview(String studyCode, String sourceName, String fileName, Stored stored, int rows) {
    Study study = studies.byCode(studyCode);
    ColumnMapping mapping = source(study, sourceName).map(ClaimsSource::mapping).orElse(ColumnMapping.standard());
    org.pragma.protocol.StudyProtocol protocol = protocols.protocol(study.code());
    ClaimLineParser parser = new ClaimLineParser(mapping, new StudyPatientLookup(em, study.id(), cipher),
        CategoryTables.of(protocol), protocol.spending(), calendar.today(study.code()));
    List<PreviewRow> preview = new java.util.ArrayList<>();
    try {
      SpreadsheetRows.read(stored.path(), formatOf(fileName), new SpreadsheetRows.Handler() {
        @Override
        public void header(List<String> names) {
          parser.header(names);
        }

        @Override
        public void row(long number, List<String> cells) {
          preview.add(parser.preview(number, cells));
          if (preview.size() >= rows) {
            throw new EnoughRows();
          }
        }
      });
    } catch (EnoughRows enough) {
      // the preview has its rows; the rest of the file is read by the import
    }
    return preview;
  }

  /** Stops reading a file once a preview has its rows. */
  private static final class EnoughRows extends RuntimeException {
    EnoughRows() {
      super(null, null, false, false);
    }
  }

  /** Forgets a stored file that will not be imported. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void discard(Stored stored) {
    if (stored != null && stored.path().getFileName().toString().startsWith("pragma-claims-")) {
      deleteQuietly(stored.path());
    }
  }

  private static SiteFileFormat formatOf(String fileName) {
    return SiteFileFormat.ofFileName(fileName).orElseThrow(() -> new UnreadableClaimsFileException(
        "'" + fileName + "' is neither a .csv nor an .xlsx file. Upload the claims as CSV (UTF-8) or XLSX."));
  }

  /** The earlier import of the same bytes from the same source, if any. */
  public Optional<ClaimsImportView> sameFile(String studyCode, String sourceName, String sha256) {
    Study study = studies.byCode(studyCode);
    return em.createQuery("select i from ClaimsImport i where i.study = :study and i.source.name = :source and i.sha256 = :sha"
            + " and i.status = org.pragma.spending.ImportStatus.IMPORTED", ClaimsImport.class)
        .setParameter("study", study).setParameter("source", sourceName).setParameter("sha", sha256)
        .getResultStream().findFirst().map(i -> view(i, true));
  }

  /** Records a queued import (and the source, with the standard mapping, at its first upload). */
  public ClaimsImport record(String studyCode, String sourceName, String fileName, Stored stored, Long replaces, String reason) {
    Study study = studies.byCode(studyCode);
    ClaimsSource source = source(study, sourceName).orElseGet(() -> createSource(study, sourceName, ColumnMapping.standard()));
    String why = reason == null ? null : reason.strip();
    if (replaces != null) {
      ClaimsImport old = em.find(ClaimsImport.class, replaces);
      if (old == null || !old.study().id().equals(study.id())) {
        throw new DomainException(DomainException.Kind.NOT_FOUND, "claims-import-not-found", "Import " + replaces + " does not exist in this study.");
      }
      if (!old.source().id().equals(source.id())) {
        throw new DomainException(DomainException.Kind.RULE, "claims-replace-other-source", "Import " + replaces + " came from source '"
            + old.source().name() + "'; a corrected file replaces an import of its own source.");
      }
      if (old.status() != ImportStatus.IMPORTED) {
        throw new DomainException(DomainException.Kind.CONFLICT, "claims-replace-not-imported", "Import " + replaces + " is "
            + old.status().name().toLowerCase(java.util.Locale.ROOT) + ", not imported: only imported lines can be replaced.");
      }
      if (why == null || why.isEmpty()) {
        throw new DomainException(DomainException.Kind.INVALID, "reason-required", "Give the reason for replacing import " + replaces + ".");
      }
    }
    String name = fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
    ClaimsImport row = new ClaimsImport(source, name, stored.sha256(), stored.bytes(), replaces, why, currentUser.name(), clock.instant());
    em.persist(row);
    em.flush();
    audit.created(ClaimsImportJob.subject(row), ClaimsImportJob.created(row));
    return row;
  }

  public List<ClaimsImportView> imports(String studyCode) {
    Study study = studies.byCode(studyCode);
    return em.createQuery("select i from ClaimsImport i where i.study = :study order by i.startedAt desc, i.id desc", ClaimsImport.class)
        .setParameter("study", study).setMaxResults(500).getResultList().stream().map(i -> view(i, false)).toList();
  }

  public ClaimsImportView view(String studyCode, long importId) {
    return view(find(studyCode, importId), false);
  }

  /** A refused import's problems, as row, column and message. */
  public List<RowError> errors(String studyCode, long importId) {
    ClaimsImport row = find(studyCode, importId);
    List<Object[]> rows = em.createNativeQuery("select row_no, col, message from claims_import_error where import_id = ? order by row_no, col")
        .setParameter(1, row.id()).getResultList();
    return rows.stream().map(r -> new RowError(((Number) r[0]).intValue(), (String) r[1], (String) r[2])).toList();
  }

  public List<ClaimsSource> sources(String studyCode) {
    Study study = studies.byCode(studyCode);
    return em.createQuery("select s from ClaimsSource s where s.study = :study order by s.name", ClaimsSource.class)
        .setParameter("study", study).getResultList();
  }

  /** Saves a source's column mapping (creating the source at its first save), audited. */
  public ClaimsSource saveSource(String studyCode, String sourceName, ColumnMapping mapping, Long expectedVersion) {
    Study study = studies.byCode(studyCode);
    mapping.problem().ifPresent(p -> {
      throw new DomainException(DomainException.Kind.INVALID, "invalid-claims-mapping", p);
    });
    Optional<ClaimsSource> existing = source(study, sourceName);
    if (existing.isEmpty()) {
      return createSource(study, sourceName, mapping);
    }
    ClaimsSource source = existing.get();
    if (expectedVersion != null && expectedVersion != source.version()) {
      throw new DomainException(DomainException.Kind.CONFLICT, "concurrent-change", org.pragma.shared.ConcurrentChange.MESSAGE);
    }
    ColumnMapping before = source.mapping();
    source.map(mapping);
    audit.changed(AuditSubject.of("claims-source", study.code() + "/" + sourceName).inStudy(study.code()),
        "mapping", before, mapping, "Column mapping saved");
    return source;
  }

  private ClaimsSource createSource(Study study, String sourceName, ColumnMapping mapping) {
    String name = sourceName == null ? "" : sourceName.strip();
    if (!name.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,79}")) {
      throw new DomainException(DomainException.Kind.INVALID, "invalid-claims-source",
          "Name the data source with 1-80 letters, digits, spaces, dots, dashes or underscores (e.g. 'BCBS extract').");
    }
    ClaimsSource source = new ClaimsSource(study, name, mapping, clock.instant());
    em.persist(source);
    audit.created(AuditSubject.of("claims-source", study.code() + "/" + name).inStudy(study.code()),
        Map.of("name", name, "priceBasis", mapping.priceBasis(), "mapping", mapping));
    return source;
  }

  private Optional<ClaimsSource> source(Study study, String name) {
    return em.createQuery("select s from ClaimsSource s where s.study = :study and s.name = :name", ClaimsSource.class)
        .setParameter("study", study).setParameter("name", name == null ? "" : name.strip()).getResultStream().findFirst();
  }

  private ClaimsImport find(String studyCode, long importId) {
    Study study = studies.byCode(studyCode);
    ClaimsImport row = em.find(ClaimsImport.class, importId);
    if (row == null || !row.study().id().equals(study.id())) {
      throw new DomainException(DomainException.Kind.NOT_FOUND, "claims-import-not-found", "Import " + importId + " does not exist in this study.");
    }
    return row;
  }

  private ClaimsImportView view(ClaimsImport i, boolean alreadyImported) {
    List<ClaimsImportView.CategoryTotal> totals = i.status() == ImportStatus.IMPORTED
        ? store.totals(i.id()).entrySet().stream()
            .map(e -> new ClaimsImportView.CategoryTotal(e.getKey(), e.getValue().lines(), e.getValue().amount(), e.getValue().spineRelated()))
            .toList()
        : List.of();
    Integer percent = i.status().finished() ? null : progress.of(i.id()).map(ImportProgress.Progress::percent).orElse(0);
    return new ClaimsImportView(i.id(), i.source().name(), i.source().mapping().priceBasis().name(), i.fileName(), i.sha256(),
        i.fileBytes(), i.status(), i.linesRead(), i.linesAccepted(), i.unknownCodes(), i.errorCount(), i.firstServiceOn(),
        i.lastServiceOn(), i.message(), i.replacesId(), i.replacedById(), i.reason(), i.importedBy(), i.startedAt(),
        i.finishedAt(), percent, alreadyImported, totals);
  }

  /** An uploaded file saved to a temporary file, with its SHA-256 and size. */
  public record Stored(Path path, String sha256, long bytes) implements java.io.Serializable {}

  /** Saves an upload to a temporary file with its SHA-256 and size (nothing is recorded yet). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Stored store(InputStream content) {
    Path file = null;
    try {
      file = Files.createTempFile("pragma-claims-", ".upload");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long bytes;
      try (InputStream in = new DigestInputStream(content, sha); OutputStream out = Files.newOutputStream(file)) {
        bytes = copy(in, out);
      }
      if (bytes == 0) {
        throw new UnreadableClaimsFileException("The file is empty.");
      }
      return new Stored(file, HexFormat.of().formatHex(sha.digest()), bytes);
    } catch (IOException e) {
      deleteQuietly(file);
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      deleteQuietly(file);
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      deleteQuietly(file);
      throw e;
    }
  }

  private static long copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > MAX_BYTES) {
        throw new UnreadableClaimsFileException("The file is larger than 1 GB; split it by service period into smaller files.");
      }
      out.write(buffer, 0, n);
    }
    return total;
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a temporary file; the operating system's cleanup removes it
      }
    }
  }
}
