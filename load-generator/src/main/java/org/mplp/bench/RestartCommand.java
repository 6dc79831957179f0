package org.mplp.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mplp.bench.report.Results;
import org.mplp.bench.restart.RestartScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "restart",
    mixinStandardHelpOptions = true,
    description =
        "Times the local reference server from process start to a served device-credential login"
            + " after SIGKILL, holding many devices and stored messages (built once, cached).")
final class RestartCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--devices", defaultValue = "10000")
  int devices;

  @Option(names = "--messages", defaultValue = "100000")
  int messages;

  @Option(names = "--restarts", defaultValue = "5")
  int restarts;

  @Override
  public Integer call() throws Exception {
    if (common.target != null) {
      throw new IllegalArgumentException("restart kills the local reference server; no --target");
    }
    Results results = new Results("restart", BenchMain.commandLine());
    Path dir = common.dataDir.resolve("restart-" + devices + "-" + messages);
    RestartScenario.run(
        dir,
        List.of("-Xmx" + common.serverHeap, "-Xms" + common.serverHeap),
        new RestartScenario.Options(devices, messages, restarts),
        results,
        System.out);
    Path file = results.write(common.resultsDir);
    results.print(System.out);
    System.out.println("  figures: " + file);
    return 0;
  }
}
