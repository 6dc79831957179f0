package org.mplp.bench;

import java.util.concurrent.Callable;
import org.mplp.bench.report.Results;
import org.mplp.bench.scenario.LoginsScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "logins",
    mixinStandardHelpOptions = true,
    description =
        "Device-credential login throughput; message p99 quiet and during password logins.")
final class LoginsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--devices", defaultValue = "2000", description = "Devices logging in in turn.")
  int devices;

  @Option(names = "--in-flight", defaultValue = "128", description = "Credential logins at once.")
  int inFlight;

  @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds per part.")
  double seconds;

  @Option(names = "--pairs", defaultValue = "500")
  int pairs;

  @Option(names = "--message-rate", defaultValue = "2000", description = "msg/s during part 2.")
  int messageRate;

  @Option(
      names = "--burst-in-flight",
      defaultValue = "16",
      description = "Password logins at once during the burst.")
  int burstInFlight;

  @Override
  public Integer call() throws Exception {
    try (BenchContext context = common.context("logins")) {
      Results results = new Results("logins", BenchMain.commandLine());
      LoginsScenario.run(
          context,
          new LoginsScenario.Options(devices, inFlight, seconds, pairs, messageRate, burstInFlight),
          results);
      return BenchMain.finish(context, results);
    }
  }
}
