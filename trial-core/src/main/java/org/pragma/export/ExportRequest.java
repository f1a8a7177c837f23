package org.pragma.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.pragma.exports.Format;
import org.pragma.shared.DomainException;

/**
 * What an export holds: datasets (in the fixed order of {@link ExportDatasets#NAMES}), formats,
 * real dates or days from enrollment, and filters (sites, arms, enrollment dates; empty = all).
 */
public record ExportRequest(
    List<String> datasets,
    Set<Format> formats,
    boolean actualDates,
    Set<String> sites,
    Set<String> arms,
    LocalDate enrolledFrom,
    LocalDate enrolledTo) {

  public ExportRequest {
    datasets = List.copyOf(datasets);
    formats = formats.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(formats));
    sites = new TreeSet<>(sites);
    arms = new TreeSet<>(arms);
  }

  /**
   * Reads a request as a client sends it (names in any case), refusing it with every problem at
   * once: unknown datasets or formats, dates other than relative/actual, a reversed date range.
   */
  public static ExportRequest of(Collection<String> datasets, Collection<String> formats, String dates,
      Collection<String> sites, Collection<String> arms, LocalDate enrolledFrom, LocalDate enrolledTo) {
    List<ExportError> errors = new ArrayList<>();
    List<String> chosen = new ArrayList<>();
    Set<String> asked = new TreeSet<>();
    (datasets == null ? List.<String>of() : datasets).forEach(d -> asked.add(d == null ? "" : d.strip().toLowerCase(Locale.ROOT)));
    for (String name : ExportDatasets.NAMES) {
      if (asked.remove(name)) {
        chosen.add(name);
      }
    }
    if (!asked.isEmpty()) {
      errors.add(new ExportError("datasets", "Unknown dataset " + String.join(", ", asked) + ": choose from "
          + String.join(", ", ExportDatasets.NAMES) + "."));
    } else if (chosen.isEmpty()) {
      errors.add(new ExportError("datasets", "Choose at least one dataset."));
    }
    Set<Format> chosenFormats = EnumSet.noneOf(Format.class);
    for (String f : formats == null ? List.<String>of() : formats) {
      String name = f == null ? "" : f.strip().toUpperCase(Locale.ROOT);
      if (name.equals("CSV") || name.equals("XLSX")) {
        chosenFormats.add(Format.valueOf(name));
      } else {
        errors.add(new ExportError("formats", "Unknown format '" + f + "': choose csv, xlsx or both."));
      }
    }
    if (chosenFormats.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("formats"))) {
      errors.add(new ExportError("formats", "Choose CSV, XLSX or both."));
    }
    String mode = dates == null || dates.isBlank() ? "relative" : dates.strip().toLowerCase(Locale.ROOT);
    if (!mode.equals("relative") && !mode.equals("actual")) {
      errors.add(new ExportError("dates", "Dates are 'relative' (days from enrollment) or 'actual' (a limited dataset)."));
    }
    if (enrolledFrom != null && enrolledTo != null && enrolledTo.isBefore(enrolledFrom)) {
      errors.add(new ExportError("enrolledTo", "The last enrollment date is before the first."));
    }
    if (!errors.isEmpty()) {
      throw new ExportRefusedException(DomainException.Kind.INVALID, "invalid-export-request", errors);
    }
    return new ExportRequest(chosen, chosenFormats, mode.equals("actual"), clean(sites), clean(arms), enrolledFrom, enrolledTo);
  }

  private static Set<String> clean(Collection<String> codes) {
    Set<String> out = new TreeSet<>();
    if (codes != null) {
      codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).forEach(out::add);
    }
    return out;
  }

  /** The filters as the manifest and the audit show them, in a fixed order. */
  public java.util.SortedMap<String, String> filterMap() {
    java.util.SortedMap<String, String> map = new java.util.TreeMap<>();
    map.put("sites", sites.isEmpty() ? "all" : String.join(", ", sites));
    map.put("arms", arms.isEmpty() ? "all" : String.join(", ", arms));
    map.put("enrolledFrom", enrolledFrom == null ? "any" : enrolledFrom.toString());
    map.put("enrolledTo", enrolledTo == null ? "any" : enrolledTo.toString());
    return map;
  }

  /** The filters as people read them: "Sites S1, S2 · all arms · enrolled 2026-01-01 to any date". */
  public String filterText() {
    String enrolled = enrolledFrom == null && enrolledTo == null ? "enrolled any time"
        : "enrolled " + (enrolledFrom == null ? "any date" : enrolledFrom) + " to " + (enrolledTo == null ? "any date" : enrolledTo);
    return (sites.isEmpty() ? "All sites" : "Sites " + String.join(", ", sites)) + " · "
        + (arms.isEmpty() ? "all arms" : "arms " + String.join(", ", arms)) + " · " + enrolled;
  }

  /** Whether a patient of this site and arm, enrolled on this day, is in the export. */
  public boolean includes(String site, String arm, LocalDate enrolledOn) {
    return (sites.isEmpty() || sites.contains(site))
        && (arms.isEmpty() || arms.contains(arm))
        && (enrolledFrom == null || !enrolledOn.isBefore(enrolledFrom))
        && (enrolledTo == null || !enrolledOn.isAfter(enrolledTo));
  }

  /** Whether a site (cluster) with this arm is in the export. */
  public boolean includesSite(String site, String arm) {
    return (sites.isEmpty() || sites.contains(site)) && (arms.isEmpty() || (arm != null && arms.contains(arm)));
  }
}
