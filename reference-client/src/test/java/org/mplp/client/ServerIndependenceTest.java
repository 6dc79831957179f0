package org.mplp.client;

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
 * The client speaks the protocol through the spec module alone, as a client of any server would;
 * only the demo, which starts the reference server beside its clients, may use the server's
 * classes.
 */
class ServerIndependenceTest {
  private static final Path SOURCES = Path.of("src/main/java/org/mplp/client");
  private static final Path DEMO = SOURCES.resolve("demo");
  private static final Pattern SERVER_CLASS = Pattern.compile("\\borg\\.mplp\\.server\\b");

  @Test
  void onlyTheDemoUsesServerClasses() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (file.startsWith(DEMO)) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (SERVER_CLASS.matcher(lines.get(i)).find()) {
            offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(offenders).as("server classes used outside the demo").isEmpty();
  }

  @Test
  void theCheckSeesTheSources() {
    assertThat(SOURCES.resolve("MplpClient.java")).isRegularFile();
    assertThat(DEMO.resolve("DemoMain.java")).isRegularFile();
  }
}
