package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UntestedReasonsTest {
  @TempDir Path features;

  private static final List<Requirement> SPEC =
      List.of(
          new Requirement("REQ-OPEN-001", Level.MUST, "Opening", "t", List.of(), "a:1"),
          new Requirement("REQ-OPEN-009", Level.MAY, "Opening", "t", List.of(), "a:2"),
          new Requirement("REQ-OPEN-012", Level.SHOULD, "Opening", "t", List.of(), "a:3"));

  private UntestedReasons read(String text) throws IOException {
    Files.writeString(features.resolve(UntestedReasons.FILE), text);
    return UntestedReasons.read(features);
  }

  @Test
  void givesTheReasonOfEachListedRequirement() throws IOException {
    UntestedReasons reasons =
        read("# comment\n\nREQ-OPEN-009: nothing to fail\nREQ-OPEN-012: the kit cannot stop it\n");
    assertThat(reasons.reason("REQ-OPEN-009")).isEqualTo("nothing to fail");
    assertThat(reasons.check(SPEC, Set.of("REQ-OPEN-001"))).isEmpty();
  }

  @Test
  void anUntestedShouldWithoutAReasonFailsTheBuild() throws IOException {
    UntestedReasons reasons = read("REQ-OPEN-009: nothing to fail\n");
    assertThat(reasons.check(SPEC, Set.of("REQ-OPEN-001")))
        .extracting(BuildFault::toString)
        .containsExactly(
            "a:3: REQ-OPEN-012 (SHOULD) has no scenario and no line in untested.txt saying why"
                + " the kit does not judge it");
  }

  @Test
  void aReasonForATestedOrUnknownRequirementFailsTheBuild() throws IOException {
    UntestedReasons reasons =
        read("REQ-OPEN-009: nothing\nREQ-OPEN-012: stale\nREQ-OPEN-404: gone\nnot a line\n");
    assertThat(reasons.check(SPEC, Set.of("REQ-OPEN-001", "REQ-OPEN-012")))
        .extracting(BuildFault::message)
        .containsExactlyInAnyOrder(
            "expected 'REQ-AREA-NNN: reason', found: not a line",
            "REQ-OPEN-012 has a scenario now: remove its line from untested.txt",
            "REQ-OPEN-404 names no requirement of the spec");
  }

  @Test
  void aFolderWithoutTheFileListsNoReasons() throws IOException {
    assertThat(UntestedReasons.read(features).reason("REQ-OPEN-009")).isNull();
  }
}
