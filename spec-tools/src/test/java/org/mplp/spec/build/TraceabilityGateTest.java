package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceabilityGateTest {

  @TempDir Path features;

  private static Requirement requirement(String id, Level level) {
    return new Requirement(
        id, level, "Area", "A server " + level.keyword() + " x.", List.of(), "area.adoc:3");
  }

  @Test
  void passesWhenEveryMustHasAScenarioAndEveryTagIsKnown() throws IOException {
    feature("@REQ-OPEN-001 @REQ-OPEN-002");
    List<Requirement> spec =
        List.of(
            requirement("REQ-OPEN-001", Level.MUST),
            requirement("REQ-OPEN-002", Level.MUST_NOT),
            requirement("REQ-OPEN-009", Level.MAY),
            requirement("REQ-OPEN-010", Level.SHOULD));

    assertThat(TraceabilityGate.check(spec, ScenarioIndex.read(features), "features")).isEmpty();
  }

  @Test
  void failsAMustAndAMustNotWithoutAScenario() throws IOException {
    feature("@REQ-OPEN-001");
    List<Requirement> spec =
        List.of(
            requirement("REQ-OPEN-001", Level.MUST),
            requirement("REQ-OPEN-002", Level.MUST),
            requirement("REQ-OPEN-003", Level.MUST_NOT));

    List<BuildFault> faults =
        TraceabilityGate.check(spec, ScenarioIndex.read(features), "features");

    assertThat(faults)
        .extracting(BuildFault::toString)
        .containsExactly(
            "area.adoc:3: REQ-OPEN-002 (MUST) has no scenario tagged @REQ-OPEN-002 under features",
            "area.adoc:3: REQ-OPEN-003 (MUST NOT) has no scenario tagged @REQ-OPEN-003 under features");
  }

  @Test
  void failsATagThatNamesNoRequirement() throws IOException {
    feature("@REQ-OPEN-001 @REQ-OPEN-077");

    List<BuildFault> faults =
        TraceabilityGate.check(
            List.of(requirement("REQ-OPEN-001", Level.MUST)),
            ScenarioIndex.read(features),
            "features");

    assertThat(faults)
        .singleElement()
        .satisfies(
            fault -> {
              assertThat(fault.where()).endsWith("opening/ping.feature:2");
              assertThat(fault.message())
                  .isEqualTo("tag @REQ-OPEN-077 names no requirement of the spec");
            });
  }

  @Test
  void aClientsDutyNeedsAClientScenarioAndAServersDutyAServerScenario() throws IOException {
    feature("@REQ-OPEN-001 @REQ-OPEN-101");
    feature("client/opening.feature", "@client @REQ-OPEN-002 @REQ-OPEN-102");
    List<Requirement> spec =
        List.of(
            requirement("REQ-OPEN-001", Level.MUST),
            requirement("REQ-OPEN-002", Level.MUST),
            clientRequirement("REQ-OPEN-101", Level.MUST),
            clientRequirement("REQ-OPEN-102", Level.MUST_NOT));

    List<BuildFault> faults =
        TraceabilityGate.check(spec, ScenarioIndex.read(features), "features");

    assertThat(faults)
        .extracting(BuildFault::toString)
        .containsExactly(
            "area.adoc:3: REQ-OPEN-002 (MUST) has no scenario tagged @REQ-OPEN-002 under features",
            "area.adoc:3: REQ-OPEN-101 (MUST, a client's duty) has no scenario tagged"
                + " @REQ-OPEN-101 and @client under features");
  }

  @Test
  void aClientsShouldNeedsNoScenario() throws IOException {
    feature("@REQ-OPEN-001");
    List<Requirement> spec =
        List.of(
            requirement("REQ-OPEN-001", Level.MUST),
            clientRequirement("REQ-OPEN-103", Level.SHOULD));

    assertThat(TraceabilityGate.check(spec, ScenarioIndex.read(features), "features")).isEmpty();
  }

  private static Requirement clientRequirement(String id, Level level) {
    return new Requirement(
        id, level, "Area", "A client " + level.keyword() + " x.", List.of(), "area.adoc:3");
  }

  private void feature(String tags) throws IOException {
    feature("opening/ping.feature", tags);
  }

  private void feature(String name, String tags) throws IOException {
    Path file = features.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "Feature: ping\n  " + tags + "\n  Scenario: A ping gets a pong\n    Given a session\n");
  }
}
