package org.mplp.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mplp.bench.report.Results;
import org.mplp.bench.soak.SoakScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    description =
        "Kills the local reference server with SIGKILL under load N times, restarting it on the"
            + " same data directory; counts lost and duplicated messages and receipts.")
final class SoakCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--kills",
      defaultValue = "20",
      description = "Kills (default: ${DEFAULT-VALUE}).")
  int kills;

  @Option(names = "--pairs", defaultValue = "20")
  int pairs;

  @Option(
      names = "--rate",
      defaultValue = "1000",
      description = "Messages per second over all pairs (default: ${DEFAULT-VALUE}).")
  int rate;

  @Option(
      names = "--seconds",
      defaultValue = "2",
      description = "Least load between two kills; at most twice that (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--seed", defaultValue = "17")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (common.target != null) {
      throw new IllegalArgumentException("soak kills the local reference server; no --target");
    }
    Results results = new Results("soak", BenchMain.commandLine());
    SoakScenario.Outcome outcome =
        SoakScenario.run(
            common.dataDir.resolve("soak"),
            List.of("-Xmx512m", "-Xms512m"),
            new SoakScenario.Options(kills, pairs, rate, seconds, seed),
            System.out);
    SoakScenario.report(outcome, results);
    Path file = results.write(common.resultsDir);
    results.print(System.out);
    System.out.println("  figures: " + file);
    return 0;
  }
}
