package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.MplpServer;
import org.mplp.server.ServerConfig;

/**
 * The kit as a user gets it: the jar the build makes, copied alone into an empty folder, run with
 * {@code java -jar} as a process of its own against a reference server this test starts.
 */
class KitJarTest {
  /** The kit jar, from the conformance-tests module's build (set by surefire). */
  private static final Path BUILT = Path.of(System.getProperty("mplp.kitJar", "missing"));

  /** Where the report goes for the results page of ./mvnw verify (compare). */
  private static final Path RESULTS = Path.of("target", "kit-runs", "kit-jar-json");

  @TempDir static Path data;
  private static MplpServer server;

  @TempDir Path folder;

  @BeforeAll
  static void referenceServer() throws Exception {
    server =
        MplpServer.start(
            ServerConfig.defaults().withPort(0).withDataDir(data).withProvisioning(true));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theJarHoldsTheKitAndNoReferenceServerClass() throws Exception {
    assertThat(BUILT).as("the kit jar built by conformance-tests").isRegularFile();
    List<String> server = new ArrayList<>();
    List<String> needed = new ArrayList<>();
    try (ZipFile jar = new ZipFile(BUILT.toFile())) {
      jar.stream()
          .map(e -> e.getName())
          .forEach(
              name -> {
                if (name.startsWith("org/mplp/server/") || name.startsWith("org/mplp/client/")) {
                  server.add(name);
                }
                if (name.equals("features/login/lockout.feature")
                    || name.equals("org/mplp/spec/requirements.json")
                    || name.equals("org/mplp/spec/json/welcome.schema.json")
                    || name.equals(org.mplp.conformance.report.JsonReportWriter.SCHEMA)) {
                  needed.add(name);
                }
              });
    }
    assertThat(server).as("reference implementation classes in the kit jar").isEmpty();
    assertThat(needed).hasSize(4);
  }

  @Test
  void theJarAloneTestsARunningServerAndWritesTheThreeReports() throws Exception {
    Path jar = Files.copy(BUILT, folder.resolve(BUILT.getFileName()));
    Path out = folder.resolve("out");
    Process kit =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.getFileName().toString(),
                "--target",
                server.controlUri().toString(),
                "--binding",
                "json",
                "--parallel",
                "4",
                "--report",
                out.toString())
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("kit.log").toFile())
            .start();
    assertThat(kit.waitFor(8, TimeUnit.MINUTES)).as("the kit ended").isTrue();
    String log = Files.readString(folder.resolve("kit.log"), StandardCharsets.UTF_8);
    assertThat(kit.exitValue()).as("exit code; output:%n%s", log).isZero();
    assertThat(log).contains("mplp conformance: CONFORMANT");
    assertThat(out.resolve("report.html")).isRegularFile();
    assertThat(out.resolve("junit.xml")).isRegularFile();
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(report.path("kit").path("jarSha256").asText()).matches("[0-9a-f]{64}");
    assertThat(report.path("implementation").path("name").asText()).isNotEmpty();
    assertThat(report.path("scenarios").size()).isGreaterThan(100);
    Files.createDirectories(RESULTS);
    Files.copy(
        out.resolve("report.json"),
        RESULTS.resolve("report.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
