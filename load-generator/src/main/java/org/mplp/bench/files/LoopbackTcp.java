package org.mplp.bench.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Loopback TCP throughput by iperf3 (one stream, 127.0.0.1): a one-shot iperf3 server and a client
 * run for a few seconds, installed first by the project's script when missing.
 */
public final class LoopbackTcp {

  private LoopbackTcp() {}

  /** Received bytes per second of one iperf3 stream over {@code seconds}. */
  public static double bytesPerSecond(Path installScript, int seconds)
      throws IOException, InterruptedException {
    if (run(new ProcessBuilder("bash", installScript.toString()).inheritIO(), 300) != 0) {
      throw new IOException("iperf3 is missing and " + installScript + " could not install it");
    }
    int port = freePort();
    Process server =
        new ProcessBuilder("iperf3", "-s", "-1", "-B", "127.0.0.1", "-p", Integer.toString(port))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      String report = null;
      // The server needs a moment to listen; the client is retried until it gets in.
      for (int attempt = 0; attempt < 20 && report == null; attempt++) {
        Thread.sleep(250);
        Process client =
            new ProcessBuilder(
                    "iperf3",
                    "-c",
                    "127.0.0.1",
                    "-p",
                    Integer.toString(port),
                    "-t",
                    Integer.toString(seconds),
                    "-J")
                .redirectErrorStream(true)
                .start();
        String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (client.waitFor() == 0) {
          report = out;
        }
      }
      if (report == null) {
        throw new IOException("iperf3 could not connect to its own server on port " + port);
      }
      JsonNode received = new ObjectMapper().readTree(report).path("end").path("sum_received");
      double bitsPerSecond = received.path("bits_per_second").asDouble(-1);
      if (bitsPerSecond <= 0) {
        throw new IOException("no sum_received in iperf3's report: " + report);
      }
      return bitsPerSecond / 8;
    } finally {
      server.destroy();
      server.waitFor(5, TimeUnit.SECONDS);
    }
  }

  private static int run(ProcessBuilder builder, int seconds)
      throws IOException, InterruptedException {
    Process process = builder.start();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroy();
      return -1;
    }
    return process.exitValue();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
