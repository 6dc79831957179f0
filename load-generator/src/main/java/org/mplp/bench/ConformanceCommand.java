package org.mplp.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
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

  /**
   * The checkout this jar was built in: the nearest directory above it that holds the load
   * generator's scripts (the jar sits in load-generator/target or launcher/target/lib).
   */
  static Path projectRoot() throws URISyntaxException {
    Path jar =
        Path.of(
            ConformanceCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("load-generator").resolve("scripts"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no checkout with load-generator/scripts above " + jar);
  }
}
