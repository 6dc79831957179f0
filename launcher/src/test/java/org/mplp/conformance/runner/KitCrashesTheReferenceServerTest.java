package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.ServerMain;

/**
 * Durability observed, not assumed: the reference server runs in a child JVM that the kit's
 * --restart-command kills with SIGKILL and starts again on the same data directory, between an
 * acknowledgement and the next login. What survives a crash then passes; without the command the
 * same requirements are not verified ({@link KitAgainstReferenceServerTest}).
 */
class KitCrashesTheReferenceServerTest {
  @TempDir Path dir;
  @TempDir Path report;
  private int port;

  @Test
  void whatTheReferenceServerAcknowledgedSurvivesItsCrash() throws Exception {
    Path restart = restartScript(freePort());
    assertThat(new ProcessBuilder("sh", restart.toString()).inheritIO().start().waitFor())
        .as("the first start of the server")
        .isZero();
    awaitDiscovery();
    KitRun run =
        KitRun.of(
            report,
            "--target",
            "ws://127.0.0.1:" + port + "/mplp",
            "--binding",
            "json",
            "--tags",
            "@restart",
            "--restart-command",
            "sh " + restart);
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.scenarios("passed")).as(run.output()).hasSize(4);
    for (String id : KitAgainstReferenceServerTest.DURABILITY) {
      assertThat(run.requirements()).as(run.output()).containsEntry(id, "passed");
    }
  }

  /**
   * A script that ends the server it started before with SIGKILL, waits until it is gone, and
   * starts a new one on the same port and data directory, in the background.
   */
  private Path restartScript(int freePort) throws IOException {
    port = freePort;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String script =
        String.join(
            "\n",
            "#!/bin/sh",
            "pids='" + dir.resolve("server.pid") + "'",
            "if [ -f \"$pids\" ]; then",
            "  pid=$(cat \"$pids\")",
            "  kill -9 \"$pid\" 2>/dev/null",
            "  while kill -0 \"$pid\" 2>/dev/null; do sleep 0.1; done",
            "fi",
            "'"
                + java
                + "' -cp '"
                + System.getProperty("java.class.path")
                + "' "
                + ServerMain.class.getName()
                + " --port "
                + port
                + " --data-dir '"
                + dir.resolve("data")
                + "' --provisioning >> '"
                + dir.resolve("server.log")
                + "' 2>&1 &",
            "echo $! > \"$pids\"",
            "");
    return Files.writeString(dir.resolve("restart.sh"), script);
  }

  private void awaitDiscovery() throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/.well-known/mplp"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() - deadline < 0) {
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the server in the child JVM did not start within a minute");
  }

  @AfterEach
  void killTheServer() throws Exception {
    Path pid = dir.resolve("server.pid");
    if (Files.exists(pid)) {
      new ProcessBuilder("kill", "-9", Files.readString(pid).strip()).start().waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
