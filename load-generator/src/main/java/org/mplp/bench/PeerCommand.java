package org.mplp.bench;

import java.util.List;
import java.util.concurrent.Callable;
import org.mplp.bench.report.Results;
import org.mplp.bench.scenario.MessagesScenario;
import org.mplp.bench.scenario.PeerScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "peer",
    mixinStandardHelpOptions = true,
    description =
        "The messages scenario against the reference server, Prosody and ejabberd, side by side;"
            + " memory per idle session of each.")
final class PeerCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--pairs", defaultValue = "500")
  int pairs;

  @Option(names = "--rates", split = ",", defaultValue = "1000,2500,5000,10000,20000,30000")
  List<Integer> rates;

  @Option(names = "--warmup", defaultValue = "3")
  double warmup;

  @Option(names = "--measure", defaultValue = "10")
  double measure;

  @Option(names = "--threads", defaultValue = "2")
  int threads;

  @Override
  public Integer call() throws Exception {
    try (BenchContext context = common.context("peer")) {
      Results results = new Results("peer", BenchMain.commandLine());
      PeerScenario.run(
          context,
          new MessagesScenario.Options(pairs, rates, warmup, measure, 5, threads),
          ConformanceCommand.projectRoot().resolve("load-generator/scripts/install-prosody.sh"),
          results);
      return BenchMain.finish(context, results);
    }
  }
}
