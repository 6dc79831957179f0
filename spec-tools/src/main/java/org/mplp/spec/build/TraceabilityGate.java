package org.mplp.spec.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The build's promise that the kit checks the spec: every MUST and MUST NOT has a scenario, and
 * every requirement tag on a scenario names a requirement the spec has.
 */
final class TraceabilityGate {

  private TraceabilityGate() {}

  static List<BuildFault> check(
      List<Requirement> requirements, ScenarioIndex index, String featuresDir) {
    List<BuildFault> faults = new ArrayList<>();
    for (Requirement requirement : requirements) {
      boolean tested = index.scenarios().stream().anyMatch(s -> s.checks(requirement.id()));
      if (requirement.level().needsScenario() && !tested) {
        faults.add(
            new BuildFault(
                requirement.where(),
                requirement.id()
                    + " ("
                    + requirement.level().keyword()
                    + ") has no scenario tagged @"
                    + requirement.id()
                    + " under "
                    + featuresDir));
      }
    }
    Set<String> known = requirements.stream().map(Requirement::id).collect(Collectors.toSet());
    for (ScenarioIndex.RequirementTag tag : index.requirementTags()) {
      if (!known.contains(tag.name().substring(1))) {
        faults.add(
            new BuildFault(tag.where(), "tag " + tag.name() + " names no requirement of the spec"));
      }
    }
    return faults;
  }
}
