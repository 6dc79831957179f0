package org.mplp.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every scenario takes: where to load, where setup data and results go. */
public final class CommonOptions {

  @Option(
      names = "--target",
      paramLabel = "URI",
      description =
          "Control channel of an external server with the provisioning profile on, e.g."
              + " ws://127.0.0.1:7700/mplp. Default: a reference server started by the bench in"
              + " a child JVM with limits for load.")
  URI target;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "bench-data",
      description =
          "Setup cache: accounts, devices, the local server's data (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--results",
      paramLabel = "DIR",
      defaultValue = "bench-results",
      description = "Where <scenario>.json goes (default: ${DEFAULT-VALUE}).")
  Path resultsDir;

  @Option(
      names = "--server-heap",
      paramLabel = "SIZE",
      defaultValue = "2g",
      description = "-Xmx of the local server JVM (default: ${DEFAULT-VALUE}).")
  String serverHeap;

  @Option(
      names = "--jfr",
      description = "Records a JFR profile of the local server to <results>/<scenario>-server.jfr.")
  boolean jfr;

  @Option(
      names = "--server-java-option",
      paramLabel = "OPTION",
      description =
          "One more option for the local server JVM, repeatable: e.g. -XX:+DumpPerfMapAtExit"
              + " (with -XX:+UnlockDiagnosticVMOptions) for a native profiler such as perf.")
  List<String> serverJavaOptions = new ArrayList<>();

  BenchContext context(String scenario) throws IOException {
    List<String> jvm = new ArrayList<>();
    jvm.add("-Xmx" + serverHeap);
    jvm.add("-Xms" + serverHeap);
    jvm.addAll(serverJavaOptions);
    if (jfr) {
      Files.createDirectories(resultsDir);
      jvm.add(
          "-XX:StartFlightRecording=settings=profile,filename="
              + resultsDir.toAbsolutePath().resolve(scenario + "-server.jfr"));
    }
    return new BenchContext(dataDir, resultsDir, target, jvm, System.out);
  }
}
