package org.pragma.spending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pragma.site.imports.RowError;

/**
 * Turns a claims file's rows into {@link ClaimLine}s through a {@link ColumnMapping}, checking each
 * row: its patient is in the study, its service date is a date no later than today and no earlier
 * than the patient's look-back period, its amounts are non-negative decimals, its category (when
 * the file names one) is a known category. Problems are collected with their row and column (up to
 * {@link #MAX_ERRORS}, then only counted) so the data manager fixes a file in one pass.
 */
public final class ClaimLineParser {
  public static final int MAX_ERRORS = 1000;
  private static final int MAX_AMOUNT_DIGITS = 12;

  private final ColumnMapping mapping;
  private final PatientLookup patients;
  private final CategoryTable categories;
  private final SpendingWindow window;
  private final LocalDate today;
  private final List<RowError> errors = new ArrayList<>();
  private long errorCount;
  private Map<String, Integer> columns;

  public ClaimLineParser(ColumnMapping mapping, PatientLookup patients, CategoryTable categories, SpendingWindow window, LocalDate today) {
    this.mapping = mapping;
    this.patients = patients;
    this.categories = categories;
    this.window = window;
    this.today = today;
  }

  /** Reads the header: every mapped column must be there. */
  public void header(List<String> names) {
    mapping.problem().ifPresent(p -> {
      throw ClaimsRefusedException.mapping(p);
    });
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.putIfAbsent(key(names.get(i)), i);
    }
    // The spine-related flag is optional: without it the category table's flag decides.
    List<String> missing = mapping.mapped().entrySet().stream()
        .filter(e -> !e.getValue().equals(mapping.spineRelated()))
        .filter(e -> !index.containsKey(key(e.getValue())))
        .map(e -> "'" + e.getValue() + "' (" + e.getKey().toLowerCase(Locale.ROOT) + ")").toList();
    if (!missing.isEmpty()) {
      throw ClaimsRefusedException.mapping("The header row has no column " + String.join(", ", missing)
          + ". The header reads: " + String.join(",", names) + ". Fix the file or the source's column mapping.");
    }
    columns = index;
  }

  /** One row: its line, or empty with its problems recorded. */
  public Optional<ClaimLine> row(long number, List<String> cells) {
    int before = errors.size();
    long countBefore = errorCount;
    PatientKey patient = patient(number, cells);
    LocalDate date = date(number, cells, patient);
    CategoryTable.Match match = categories.classify(cell(cells, mapping.procedureCode()));
    ServiceCategory category = match.category();
    String named = cell(cells, mapping.category());
    if (!named.isEmpty()) {
      Optional<ServiceCategory> parsed = ServiceCategory.parse(named);
      if (parsed.isEmpty()) {
        error(number, mapping.category(), "'" + named + "' is not a category. Use one of: " + categoryCodes() + ".");
      } else {
        category = parsed.get();
      }
    }
    BigDecimal allowed = amount(number, cells, mapping.allowedAmount());
    BigDecimal paid = amount(number, cells, mapping.paidAmount());
    BigDecimal standardized = amount(number, cells, mapping.standardizedAmount());
    BigDecimal units = amount(number, cells, mapping.units());
    BigDecimal rvu = amount(number, cells, mapping.rvu());
    BigDecimal amount = switch (mapping.priceBasis()) {
      case ALLOWED -> allowed;
      case PAID -> paid;
      case STANDARDIZED -> standardized;
    };
    if (amount == null && cell(cells, mapping.amountColumn()).isEmpty()) {
      error(number, mapping.amountColumn(), "The amount is empty; write 0 for a line that cost nothing.");
    }
    Boolean spine = spineFlag(number, cells);
    if (errorCount > countBefore || errors.size() > before) {
      return Optional.empty();
    }
    String code = cell(cells, mapping.procedureCode());
    return Optional.of(new ClaimLine(number, patient.patientId(), date, SpendingWindow.studyDay(patient.enrolledOn(), date),
        category, code.isEmpty() ? null : code.toUpperCase(Locale.ROOT), units == null ? BigDecimal.ONE : units, amount,
        allowed, paid, standardized, rvu, spine != null ? spine : match.spineRelated(), match.known() || !named.isEmpty()));
  }

  /** The row as the import reads it, with its problems (for a preview; no error is kept). */
  public PreviewRow preview(long number, List<String> cells) {
    int before = errors.size();
    long countBefore = errorCount;
    Optional<ClaimLine> line = row(number, cells);
    List<String> problems = errors.subList(before, errors.size()).stream()
        .map(e -> (e.column() == null ? "" : e.column() + ": ") + e.message()).toList();
    problems = List.copyOf(problems);
    while (errors.size() > before) {
      errors.remove(errors.size() - 1);
    }
    errorCount = countBefore;
    String patient = cell(cells, mapping.studyId() != null ? mapping.studyId() : mapping.site());
    if (line.isPresent()) {
      ClaimLine l = line.get();
      return new PreviewRow(number, patient, l.serviceDate(), l.studyDay(), l.category(), l.procedureCode(), l.amount(),
          l.spineRelated(), List.of());
    }
    return new PreviewRow(number, patient, null, null, null, cell(cells, mapping.procedureCode()), null, null, problems);
  }

  public List<RowError> errors() {
    return List.copyOf(errors);
  }

  public long errorCount() {
    return errorCount;
  }

  private PatientKey patient(long number, List<String> cells) {
    if (mapping.studyId() != null) {
      String id = cell(cells, mapping.studyId());
      if (id.isEmpty()) {
        error(number, mapping.studyId(), "The study ID is empty.");
        return null;
      }
      Optional<PatientKey> found = patients.byStudyId(id);
      if (found.isEmpty()) {
        error(number, mapping.studyId(), "No enrolled patient of this study has study ID '" + id + "'.");
      }
      return found.orElse(null);
    }
    String site = cell(cells, mapping.site());
    String mrn = cell(cells, mapping.recordNumber());
    if (site.isEmpty() || mrn.isEmpty()) {
      error(number, site.isEmpty() ? mapping.site() : mapping.recordNumber(), "The " + (site.isEmpty() ? "site" : "medical record number") + " is empty.");
      return null;
    }
    Optional<PatientKey> found = patients.byRecordNumber(site, mrn);
    if (found.isEmpty()) {
      // The record number is an identifier: the message never repeats it.
      error(number, mapping.recordNumber(), "No enrolled patient of site '" + site + "' has this medical record number.");
    }
    return found.orElse(null);
  }

  private LocalDate date(long number, List<String> cells, PatientKey patient) {
    String text = cell(cells, mapping.serviceDate());
    if (text.isEmpty()) {
      error(number, mapping.serviceDate(), "The service date is empty.");
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      error(number, mapping.serviceDate(), "'" + text + "' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-31).");
      return null;
    }
    if (date.isAfter(today)) {
      error(number, mapping.serviceDate(), "The service date " + date + " is in the future (today is " + today + ").");
    } else if (patient != null && date.isBefore(window.earliest(patient.enrolledOn()))) {
      error(number, mapping.serviceDate(), "The service date " + date + " is before this patient's look-back period, which starts "
          + window.earliest(patient.enrolledOn()) + " (" + window.lookBackDays() + " days before enrollment).");
    }
    return date;
  }

  private BigDecimal amount(long number, List<String> cells, String column) {
    String text = cell(cells, column).replace(",", "").replace("$", "");
    if (text.isEmpty()) {
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      error(number, column, "'" + cell(cells, column) + "' is not a number.");
      return null;
    }
    if (value.signum() < 0) {
      error(number, column, "The value " + text + " is negative; a reversal is imported as the corrected file, not as a negative line.");
      return null;
    }
    if (value.precision() - value.scale() > MAX_AMOUNT_DIGITS || value.scale() > 4) {
      error(number, column, "The value " + text + " is too large or has more than 4 decimals.");
      return null;
    }
    return value;
  }

  private Boolean spineFlag(long number, List<String> cells) {
    String text = cell(cells, mapping.spineRelated()).toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return null;
    }
    return switch (text) {
      case "yes", "y", "true", "1" -> true;
      case "no", "n", "false", "0" -> false;
      default -> {
        error(number, mapping.spineRelated(), "'" + text + "' is not yes or no.");
        yield null;
      }
    };
  }

  private String cell(List<String> cells, String column) {
    if (column == null) {
      return "";
    }
    Integer i = columns.get(key(column));
    return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).strip();
  }

  private void error(long row, String column, String message) {
    errorCount++;
    if (errors.size() < MAX_ERRORS) {
      errors.add(new RowError(Math.toIntExact(row), column, message));
    }
  }

  private static String categoryCodes() {
    return String.join(", ", java.util.Arrays.stream(ServiceCategory.values()).map(ServiceCategory::code).toList());
  }

  private static String key(String header) {
    return header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
  }
}
