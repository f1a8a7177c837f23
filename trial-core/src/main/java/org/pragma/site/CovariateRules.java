package org.pragma.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pragma.protocol.RandomizationDesign;

/**
 * The cluster covariates a study file names, as a rule on the values a site may carry: only those
 * codes; a categorical covariate takes any level (text), a continuous one a decimal number and a
 * binary one 0 or 1, because the randomization engine reads both of the latter as numbers. A
 * covariate may be left out until it is known; randomization refuses sites that still lack one.
 */
public final class CovariateRules {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final int MAX_LENGTH = 200;

  /** One covariate value the rules refuse, named by its covariate code. */
  public record Violation(String field, String message) {}

  private final Map<String, String> typeByCode = new LinkedHashMap<>();

  private CovariateRules(List<RandomizationDesign.Covariate> covariates) {
    covariates.forEach(c -> typeByCode.put(c.code(), c.type()));
  }

  public static CovariateRules of(RandomizationDesign design) {
    return new CovariateRules(design.covariates());
  }

  /** The covariate codes, in the study file's order. */
  public List<String> codes() {
    return List.copyOf(typeByCode.keySet());
  }

  /** The study file's spelling of a code given in any letter case. */
  public Optional<String> code(String anyCase) {
    return typeByCode.keySet().stream().filter(c -> c.equalsIgnoreCase(anyCase.strip())).findFirst();
  }

  /** Every value the rules refuse, as {@code covariates.<code>}: unknown codes, blank or malformed values. */
  public List<Violation> check(Map<String, String> values) {
    List<Violation> violations = new ArrayList<>();
    values.forEach((code, value) -> problem(code, value).ifPresent(m -> violations.add(new Violation("covariates." + code, m))));
    violations.sort((a, b) -> a.field().compareTo(b.field()));
    return violations;
  }

  /** What is wrong with one value of one covariate, if anything. */
  public Optional<String> problem(String code, String value) {
    String type = typeByCode.get(code);
    if (type == null) {
      return Optional.of(typeByCode.isEmpty()
          ? "is not a covariate of this study: its study file names none"
          : "is not a covariate of this study; its covariates are " + String.join(", ", typeByCode.keySet()));
    }
    if (value == null || value.isBlank()) {
      return Optional.of("must not be blank; leave the covariate out until it is known");
    }
    if (value.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    return switch (type) {
      case "continuous" -> DECIMAL.matcher(value.strip()).matches()
          ? Optional.empty() : Optional.of("must be a decimal number such as 420 or 12.5, not '" + value + "'");
      case "binary" -> value.strip().equals("0") || value.strip().equals("1")
          ? Optional.empty() : Optional.of("must be 0 or 1, not '" + value + "'");
      default -> Optional.empty();
    };
  }
}
