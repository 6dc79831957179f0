package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailedLoginOverlapsTest {
  @TempDir Path dir;

  /** Cucumber messages of scenarios that ran from {@code start} to {@code end} seconds. */
  private Path messages(Object... scenarios) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < scenarios.length; i += 4) {
      String name = (String) scenarios[i];
      String tag = (String) scenarios[i + 1];
      lines.add(
          "{\"pickle\":{\"id\":\"p%d\",\"name\":\"%s\",\"tags\":[{\"name\":\"%s\"}]}}"
              .formatted(i, name, tag));
      lines.add("{\"testCase\":{\"id\":\"c%d\",\"pickleId\":\"p%d\"}}".formatted(i, i));
      lines.add(
          "{\"testCaseStarted\":{\"id\":\"s%d\",\"testCaseId\":\"c%d\",\"timestamp\":{\"seconds\":%d,\"nanos\":0}}}"
              .formatted(i, i, scenarios[i + 2]));
      lines.add(
          "{\"testCaseFinished\":{\"testCaseStartedId\":\"s%d\",\"timestamp\":{\"seconds\":%d,\"nanos\":0}}}"
              .formatted(i, scenarios[i + 3]));
    }
    Path file = dir.resolve("cucumber.ndjson");
    Files.write(file, lines);
    return file;
  }

  @Test
  void oneAfterAnotherBesideOthersIsNoOverlap() throws Exception {
    Path run =
        messages("A", "@failed-logins", 0, 5, "other", "@must", 1, 9, "B", "@failed-logins", 5, 7);
    assertThat(FailedLoginOverlaps.in(run)).isEmpty();
  }

  @Test
  void oneStartedWhileAnEarlierOneRanIsNamed() throws Exception {
    Path run =
        messages(
            "A", "@failed-logins", 0, 10, "B", "@failed-logins", 2, 3, "C", "@failed-logins", 4, 6);
    assertThat(FailedLoginOverlaps.in(run)).containsExactly("A overlaps B", "A overlaps C");
  }
}
