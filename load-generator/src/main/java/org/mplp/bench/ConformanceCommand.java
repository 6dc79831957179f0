package org.mplp.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mplp.bench.report.Results;
import org.mplp.bench.scenario.ConformanceScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    description = "Times ./mplp conformance --binding <b> against the in-process reference server.")
final class ConformanceCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--binding", defaultValue = "json")
  String binding;

  @Override
  public Integer call() throws Exception {
    try (BenchContext context = common.context("conformance")) {
      Results results = new Results("conformance", BenchMain.commandLine());
      ConformanceScenario.run(context, projectRoot(), binding, results);
      return BenchMain.finish(context, results);
    }
  }

  /** The checkout this jar was built in: load-generator/target/the.jar, three levels up. */
  static Path projectRoot() throws URISyntaxException {
    Path jar =
        Path.of(
            ConformanceCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return jar.getParent().getParent().getParent();
  }
}
