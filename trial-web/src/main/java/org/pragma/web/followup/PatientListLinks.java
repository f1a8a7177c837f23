package org.pragma.web.followup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pragma.followup.PatientFilter;
import org.pragma.web.faces.Labels;

/**
 * The study patient list's address for a filter (the page's view parameters), and each filter of it in
 * words with the address of the list without it.
 */
public final class PatientListLinks {
  private PatientListLinks() {}

  /** A filter shown above the list: what it says, and where the list goes without it. */
  public record Chip(String label, String without) {}

  public static String link(String study, PatientFilter f) {
    StringBuilder url = new StringBuilder("patients.xhtml?study=").append(encode(study));
    param(url, "site", f.site());
    param(url, "arm", f.arm());
    param(url, "status", f.status() == null ? null : f.status().name());
    param(url, "visit", f.visit());
    param(url, "outcome", f.outcome() == null ? null : f.outcome().name());
    param(url, "from", f.from() == null ? null : f.from().toString());
    param(url, "to", f.to() == null ? null : f.to().toString());
    return url.toString();
  }

  /** The filters of {@code f} in words, named from the study's clinics, arms and visits (code to name). */
  public static List<Chip> chips(String study, PatientFilter f, Map<String, String> sites, Map<String, String> arms,
      Map<String, String> visits) {
    List<Chip> chips = new ArrayList<>();
    if (f.site() != null) {
      chips.add(new Chip("Clinic " + sites.getOrDefault(f.site(), f.site()),
          link(study, new PatientFilter(null, f.arm(), f.status(), f.visit(), f.outcome(), f.from(), f.to()))));
    }
    if (f.arm() != null) {
      chips.add(new Chip("Arm: " + arms.getOrDefault(f.arm(), f.arm()),
          link(study, new PatientFilter(f.site(), null, f.status(), f.visit(), f.outcome(), f.from(), f.to()))));
    }
    if (f.status() != null) {
      chips.add(new Chip("Status: " + Labels.label(f.status()),
          link(study, new PatientFilter(f.site(), f.arm(), null, f.visit(), f.outcome(), f.from(), f.to()))));
    }
    if (f.visit() != null || f.outcome() != null) {
      String name = f.visit() == null ? "Any visit" : visits.getOrDefault(f.visit(), f.visit());
      chips.add(new Chip(f.outcome() == null ? name : name + ": " + f.outcome().label(),
          link(study, new PatientFilter(f.site(), f.arm(), f.status(), null, null, f.from(), f.to()))));
    }
    if (f.from() != null || f.to() != null) {
      String range = f.from() == null ? "up to " + f.to() : f.to() == null ? "from " + f.from() : f.from() + " to " + f.to();
      chips.add(new Chip("Enrolled " + range,
          link(study, new PatientFilter(f.site(), f.arm(), f.status(), f.visit(), f.outcome(), null, null))));
    }
    return chips;
  }

  private static void param(StringBuilder url, String name, String value) {
    if (value != null && !value.isBlank()) {
      url.append('&').append(name).append('=').append(encode(value));
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
