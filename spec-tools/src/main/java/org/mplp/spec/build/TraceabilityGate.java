package org.mplp.spec.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The build's promise that the kit checks the spec: every MUST and MUST NOT has a scenario of its
 * own party (a client's duty one tagged {@code @client}, a server's one without that tag), and
 * every requirement tag on a scenario names a requirement the spec has.
 */
final class TraceabilityGate {

  private TraceabilityGate() {}

  static List<BuildFault> check(
      List<Requirement> requirements, ScenarioIndex index, String featuresDir) {
    List<BuildFault> faults = new ArrayList<>();
    for (Requirement requirement : requirements) {
      boolean client = requirement.party() == Party.CLIENT;
      boolean tested =
          index.scenarios().stream()
              .anyMatch(
                  s -> s.checks(requirement.id()) && s.tags().contains(Party.CLIENT_TAG) == client);
      if (requirement.level().needsScenario() && !tested) {
        faults.add(
            new BuildFault(
                requirement.where(),
                requirement.id()
                    + " ("
                    + requirement.level().keyword()
                    + (client ? ", a client's duty" : "")
                    + ") has no scenario tagged @"
                    + requirement.id()
                    + (client ? " and " + Party.CLIENT_TAG : "")
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
