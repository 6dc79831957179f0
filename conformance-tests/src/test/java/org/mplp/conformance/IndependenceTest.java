package org.mplp.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kit judges servers by the spec's text and resources alone: its driver and steps (and its
 * reports) never use the reference server's, the client's or the spec's Java classes, so that a bug
 * those share with the kit cannot hide. Only runner/EmbeddedTarget may start the reference server.
 */
class IndependenceTest {
  private static final Path SOURCES = Path.of("src/main/java/org/mplp/conformance");
  private static final Pattern FORBIDDEN =
      Pattern.compile("\\borg\\.mplp\\.(server|client|spec)\\b");

  @Test
  void driverStepsAndReportsUseNoImplementationClasses() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (String pkg : List.of("driver", "steps", "report", "runner")) {
      try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          if (file.getFileName().toString().equals("EmbeddedTarget.java")) {
            continue;
          }
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            if (FORBIDDEN.matcher(lines.get(i)).find()) {
              offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertThat(offenders).as("references to implementation classes").isEmpty();
  }

  @Test
  void theCheckSeesTheSources() {
    assertThat(SOURCES.resolve("driver/Connection.java")).isRegularFile();
    assertThat(SOURCES.resolve("steps/Hooks.java")).isRegularFile();
  }
}
