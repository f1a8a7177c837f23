package org.pragma.site.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pragma.site.CovariateRules;
import org.pragma.site.NewSite;

/**
 * Reads a site file into the sites to register, checking every row as registration one by one
 * would: the site's own fields (bean validation of {@link NewSite}), its covariates against the
 * study file, codes repeated within the file and codes the study already has. The first row names
 * the columns ({@link #FIELDS} and the study's covariate codes, in any letter case and order);
 * only code and name are required.
 */
public final class SiteFileReader {
  /** The site's own columns, in the order the template lists them. */
  public static final List<String> FIELDS = List.of("code", "name", "healthSystem", "location", "stratum", "enrollmentTarget");

  private final CovariateRules covariates;
  private final Validator validator;
  private final Set<String> takenCodes;

  /** @param takenCodes the codes of the study's registered sites */
  public SiteFileReader(CovariateRules covariates, Validator validator, Set<String> takenCodes) {
    this.covariates = covariates;
    this.validator = validator;
    this.takenCodes = Set.copyOf(takenCodes);
  }

  /** The header row a new site file starts with. */
  public static List<String> header(CovariateRules covariates) {
    List<String> header = new ArrayList<>(FIELDS);
    header.addAll(covariates.codes());
    return header;
  }

  public SiteFile read(InputStream in, SiteFileFormat format) {
    List<Sheet.Line> lines = Sheet.read(in, format);
    if (lines.isEmpty()) {
      throw new UnreadableSiteFileException("The file is empty. Its first row must name the columns: "
          + String.join(",", header(covariates)) + ".");
    }
    List<RowError> errors = new ArrayList<>();
    Map<Integer, String> columns = columns(lines.get(0), errors);
    if (!errors.isEmpty()) {
      return new SiteFile(List.of(), errors);
    }
    if (lines.size() == 1) {
      throw new UnreadableSiteFileException("The file has a header row but no sites below it.");
    }
    List<NewSite> sites = new ArrayList<>();
    Map<String, Integer> rowOfCode = new HashMap<>();
    for (Sheet.Line line : lines.subList(1, lines.size())) {
      NewSite site = site(line, columns, errors);
      check(line.number(), site, rowOfCode, errors);
      sites.add(site);
    }
    errors.sort(Comparator.comparingInt(RowError::row));
    return new SiteFile(errors.isEmpty() ? sites : List.of(), errors);
  }

  /** Column index to field or covariate code; every unknown, repeated or missing column is an error in row 1. */
  private Map<Integer, String> columns(Sheet.Line header, List<RowError> errors) {
    Map<Integer, String> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.cells().size(); i++) {
      String name = header.cell(i);
      if (name.isEmpty()) {
        continue;
      }
      String known = FIELDS.stream().filter(f -> f.equalsIgnoreCase(name)).findFirst().or(() -> covariates.code(name)).orElse(null);
      if (known == null) {
        errors.add(new RowError(header.number(), name, "is not a column of a site file; the columns are " + String.join(", ", header(covariates))));
      } else if (columns.containsValue(known)) {
        errors.add(new RowError(header.number(), name, "appears twice"));
      } else {
        columns.put(i, known);
      }
    }
    if (columns.isEmpty()) {
      throw new UnreadableSiteFileException("The first row must name the columns, e.g. " + String.join(",", header(covariates))
          + "; it names none of them.");
    }
    for (String required : List.of("code", "name")) {
      if (!columns.containsValue(required)) {
        errors.add(new RowError(header.number(), required,
            "is missing: the first row must name the columns, e.g. " + String.join(",", header(covariates))));
      }
    }
    return columns;
  }

  /** The row as a new site; a cell that cannot be read as its type is an error and left empty. */
  private NewSite site(Sheet.Line line, Map<Integer, String> columns, List<RowError> errors) {
    Map<String, String> fields = new HashMap<>();
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < line.cells().size(); i++) {
      String column = columns.get(i);
      String value = line.cell(i);
      if (column == null && !value.isEmpty()) {
        errors.add(new RowError(line.number(), "column " + (i + 1), "has a value but no column name in the first row"));
      } else if (column != null && !value.isEmpty()) {
        (FIELDS.contains(column) ? fields : values).put(column, value);
      }
    }
    Integer target = null;
    String targetText = fields.get("enrollmentTarget");
    if (targetText != null) {
      try {
        target = Integer.valueOf(targetText);
      } catch (NumberFormatException e) {
        errors.add(new RowError(line.number(), "enrollmentTarget", "must be a whole number, not '" + targetText + "'"));
      }
    }
    return new NewSite(fields.get("code"), fields.get("name"), fields.get("healthSystem"), fields.get("location"),
        fields.get("stratum"), target, values);
  }

  private void check(int row, NewSite site, Map<String, Integer> rowOfCode, List<RowError> errors) {
    for (ConstraintViolation<NewSite> v : validator.validate(site)) {
      errors.add(new RowError(row, field(v.getPropertyPath()), v.getMessage()));
    }
    covariates.check(site.covariates()).forEach(v -> errors.add(new RowError(row, v.field().substring("covariates.".length()), v.message())));
    if (site.code() == null) {
      return;
    }
    Integer first = rowOfCode.putIfAbsent(site.code(), row);
    if (first != null) {
      errors.add(new RowError(row, "code", "repeats site " + site.code() + " of row " + first));
    } else if (takenCodes.contains(site.code())) {
      errors.add(new RowError(row, "code", "the study already has a site " + site.code()));
    }
  }

  private static String field(Path path) {
    String field = null;
    for (Path.Node node : path) {
      field = node.getName();
    }
    return field;
  }
}
