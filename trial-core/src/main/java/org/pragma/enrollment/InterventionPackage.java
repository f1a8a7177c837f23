package org.pragma.enrollment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pragma.instrument.Score;
import org.pragma.protocol.Arm;
import org.pragma.protocol.Component;
import org.pragma.protocol.Intervention;

/**
 * The package of a risk-stratified intervention a patient receives (ICE: low risk vs medium/high
 * risk), chosen from the risk group of the baseline instrument the arm names (STarT Back).
 */
public record InterventionPackage(String intervention, String interventionName, String variant, String name,
    String riskGroup, List<Component> components) {

  public InterventionPackage {
    components = List.copyOf(components);
  }

  /** The stored reference, e.g. {@code ice-care:medium-high-risk}. */
  public String reference() {
    return intervention + ":" + variant;
  }

  /** The package of the arm's first risk-stratified intervention, if it has one and the risk group is known. */
  static Optional<InterventionPackage> choose(Arm arm, Map<String, Score> baseline) {
    for (Intervention i : arm.interventions()) {
      if (i.stratifiedBy().isEmpty()) {
        continue;
      }
      Optional<String> group = Optional.ofNullable(baseline.get(i.stratifiedBy().get().instrument()))
          .flatMap(Score::riskGroup);
      if (group.isPresent()) {
        return i.variants().stream().filter(v -> v.riskGroups().contains(group.get())).findFirst()
            .map(v -> new InterventionPackage(i.code(), i.name(), v.code(), v.name(), group.get(), v.components()));
      }
    }
    return Optional.empty();
  }

  /** Looks a stored reference up again in the arm, to show its name and components. */
  public static Optional<InterventionPackage> find(Arm arm, String reference, String riskGroup) {
    String[] parts = reference.split(":", 2);
    return arm.interventions().stream().filter(i -> i.code().equals(parts[0])).findFirst()
        .flatMap(i -> i.variants().stream().filter(v -> parts.length > 1 && v.code().equals(parts[1])).findFirst()
            .map(v -> new InterventionPackage(i.code(), i.name(), v.code(), v.name(), riskGroup, v.components())));
  }
}
