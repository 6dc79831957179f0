package org.mplp.bench.scenario;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mplp.bench.BenchContext;
import org.mplp.bench.report.Machine;
import org.mplp.bench.report.Results;

/**
 * Times the whole conformance kit against the reference server in one binding, as a user runs it:
 * {@code ./mplp conformance --binding json} (in-process server), after the build.
 */
public final class ConformanceScenario {

  private ConformanceScenario() {}

  public static void run(BenchContext context, Path root, String binding, Results results)
      throws Exception {
    Path launcher = root.resolve("mplp");
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException("no ./mplp launcher under " + root);
    }
    List<String> command =
        new ArrayList<>(List.of(launcher.toString(), "conformance", "--binding", binding));
    context.log().println("bench: " + String.join(" ", command));
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
    String verdict = "no verdict";
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        context.log().println("  | " + line);
        if (line.contains("CONFORMANT")) {
          verdict = line.trim();
        }
      }
    }
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    results.root().put("binding", binding);
    results.root().put("exitCode", exit);
    results.root().put("verdict", verdict);
    results.root().put("wallSeconds", Math.round(seconds * 10) / 10.0);
    results.root().put("loadAverageAtEnd", Machine.loadAverage());
    results.target(
        "whole kit, one binding (" + binding + ")",
        "< 60 s",
        String.format("%.1f s, exit %d", seconds, exit),
        seconds < 60 && exit == 0);
    results.figure("verdict", verdict);
  }
}
