package org.pragma.protocol;

import java.util.List;
import java.util.Optional;

/**
 * What an arm delivers. A risk-stratified intervention (ICE) has {@code variants}, one of which is chosen
 * from the patient's risk group on {@code stratifiedBy}; otherwise {@code components} apply to everyone.
 */
public record Intervention(String code, String name, Optional<String> description, List<Component> components,
    Optional<Stratification> stratifiedBy, List<Variant> variants) {

  public Intervention {
    components = List.copyOf(components);
    variants = List.copyOf(variants);
  }

  /** The instrument and visit whose risk group chooses the variant, e.g. SBST at baseline. */
  public record Stratification(String instrument, String visit) {}

  /** A package for some risk groups, e.g. ICE low risk: 1 PT session and 1 coach call. */
  public record Variant(String code, String name, List<String> riskGroups, List<Component> components) {

    public Variant {
      riskGroups = List.copyOf(riskGroups);
      components = List.copyOf(components);
    }
  }

  /** The components a patient in {@code riskGroup} receives; the plain components when not stratified. */
  public List<Component> componentsFor(String riskGroup) {
    if (stratifiedBy.isEmpty()) {
      return components;
    }
    return variants.stream().filter(v -> v.riskGroups().contains(riskGroup)).findFirst()
        .map(Variant::components).orElse(List.of());
  }
}
