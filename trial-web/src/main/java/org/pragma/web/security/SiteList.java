package org.pragma.web.security;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.pragma.security.SiteRef;
import org.pragma.shared.DomainException;

/** Site assignments as typed on the users page: {@code SPINE-CARE/S01, SPINE-CARE/S02}. */
final class SiteList {
  private SiteList() {}

  static Set<SiteRef> parse(String text) {
    Set<SiteRef> sites = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return sites;
    }
    for (String part : text.split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      String[] studyAndSite = part.strip().toUpperCase(java.util.Locale.ROOT).split("/");
      if (studyAndSite.length != 2 || studyAndSite[0].isBlank() || studyAndSite[1].isBlank()) {
        throw new DomainException(
            DomainException.Kind.INVALID, "invalid-site", "Write each site as STUDY/SITE, e.g. SPINE-CARE/S01 (got " + part.strip() + ").");
      }
      sites.add(new SiteRef(studyAndSite[0], studyAndSite[1]));
    }
    return sites;
  }

  /** Study codes as typed: {@code SPINE-CARE, IMPACT-LBP}. */
  static Set<String> parseStudies(String text) {
    Set<String> studies = new LinkedHashSet<>();
    if (text != null) {
      for (String part : text.split("[,;\\s]+")) {
        if (!part.isBlank()) {
          studies.add(part.strip().toUpperCase(java.util.Locale.ROOT));
        }
      }
    }
    return studies;
  }

  static String format(Iterable<SiteRef> sites) {
    return java.util.stream.StreamSupport.stream(sites.spliterator(), false)
        .sorted(Comparator.comparing(SiteRef::study).thenComparing(SiteRef::site))
        .map(s -> s.study() + "/" + s.site())
        .collect(Collectors.joining(", "));
  }
}
