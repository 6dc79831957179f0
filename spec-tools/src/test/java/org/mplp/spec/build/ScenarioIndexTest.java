package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioIndexTest {

  @TempDir Path features;

  @Test
  void appliesFeatureRuleScenarioAndExamplesTags() throws IOException {
    write(
        "opening/hello.feature",
        """
        @profile-core
        Feature: The opening exchange

          @REQ-OPEN-001 @must
          Scenario: A hello gets a welcome
            Given a connection

          @S21
          Rule: versions

            @REQ-OPEN-002
            Scenario Outline: The first common version wins
              Given a hello with <versions>

              @REQ-OPEN-004
              Examples:
                | versions |
                | 1.0      |
        """);

    ScenarioIndex index = ScenarioIndex.read(features);

    assertThat(index.faults()).isEmpty();
    assertThat(index.scenarios())
        .extracting(Scenario::feature, Scenario::line, Scenario::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "opening/hello.feature", 5, "A hello gets a welcome"),
            org.assertj.core.groups.Tuple.tuple(
                "opening/hello.feature", 12, "The first common version wins"));
    assertThat(index.scenarios().get(0).tags())
        .containsExactlyInAnyOrder("@profile-core", "@REQ-OPEN-001", "@must");
    assertThat(index.scenarios().get(1).tags())
        .containsExactlyInAnyOrder("@profile-core", "@S21", "@REQ-OPEN-002", "@REQ-OPEN-004");
    assertThat(index.scenarios().get(1).checks("REQ-OPEN-004")).isTrue();
    assertThat(index.requirementTags())
        .extracting(ScenarioIndex.RequirementTag::name)
        .containsExactly("@REQ-OPEN-001", "@REQ-OPEN-002", "@REQ-OPEN-004");
    assertThat(index.requirementTags().get(2).where()).endsWith("opening/hello.feature:15");
  }

  @Test
  void reportsAFileTheParserRefuses() throws IOException {
    write("broken.feature", "Feature: x\n  Scenario: y\n    Given z\n  This line is no step\n");

    ScenarioIndex index = ScenarioIndex.read(features);

    assertThat(index.faults())
        .singleElement()
        .satisfies(fault -> assertThat(fault.where()).endsWith("broken.feature:4"));
  }

  private void write(String name, String text) throws IOException {
    Path file = features.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
