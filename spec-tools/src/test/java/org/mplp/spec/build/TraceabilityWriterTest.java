package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceabilityWriterTest {
  @TempDir Path dir;

  @Test
  void linksEachRequirementToItsScenariosAndListsTheUntested() {
    List<Requirement> spec =
        List.of(
            new Requirement(
                "REQ-OPEN-001", Level.MUST, "Opening", "t", List.of("S21", "S25"), "a:1"),
            new Requirement("REQ-OPEN-009", Level.MAY, "Opening", "t", List.of(), "a:2"));
    List<Scenario> scenarios =
        List.of(
            new Scenario(
                "opening/hello.feature", 4, "A hello gets a welcome", Set.of("@REQ-OPEN-001")),
            new Scenario("opening/ping.feature", 7, "A ping | a pong", Set.of("@REQ-OPEN-001")));

    String matrix = TraceabilityWriter.matrix(spec, scenarios);

    assertThat(matrix)
        .contains(
            "|<<REQ-OPEN-001,REQ-OPEN-001>>\n|MUST\n|S21 S25\na|none\na|\n"
                + "* `+opening/hello.feature+`: A hello gets a welcome\n"
                + "* `+opening/ping.feature+`: A ping \\| a pong\n")
        .contains("|<<REQ-OPEN-009,REQ-OPEN-009>>\n|MAY\n|\na|none\na|\n_not tested_\n")
        .endsWith(".Requirements without a scenario\n* <<REQ-OPEN-009,REQ-OPEN-009>> (MAY)\n");
  }

  @Test
  void givesTheReasonARequirementHasNoScenario() throws Exception {
    Files.writeString(
        dir.resolve(UntestedReasons.FILE), "REQ-OPEN-009: a freedom | nothing to fail\n");
    List<Requirement> spec =
        List.of(new Requirement("REQ-OPEN-009", Level.MAY, "Opening", "t", List.of(), "a:2"));

    String matrix =
        TraceabilityWriter.matrix(spec, List.of(), List.of(), UntestedReasons.read(dir));

    assertThat(matrix)
        .contains("_not tested_: a freedom \\| nothing to fail\n")
        .endsWith("* <<REQ-OPEN-009,REQ-OPEN-009>> (MAY): a freedom \\| nothing to fail\n");
  }
}
