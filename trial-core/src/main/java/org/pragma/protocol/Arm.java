package org.pragma.protocol;

import java.util.List;

/** One arm as defined in {@code arms/<code>.yaml}: what the clinics randomized to it do, and its visits. */
public record Arm(String code, String name, ArmRole role, String description, List<Intervention> interventions,
    Schedule schedule) {

  public Arm {
    interventions = List.copyOf(interventions);
  }
}
