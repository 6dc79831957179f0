package org.mplp.bench;

import java.util.concurrent.Callable;
import org.mplp.bench.files.FilesScenario;
import org.mplp.bench.report.Results;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "files",
    mixinStandardHelpOptions = true,
    description =
        "One transfer between two devices of an account through the relay, upload and download at"
            + " once, against loopback TCP (iperf3); the server's memory throughout.")
final class FilesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--size",
      defaultValue = "1073741824",
      description = "Bytes of the file, generated on the fly (default: ${DEFAULT-VALUE}, 1 GiB).")
  long size;

  @Option(
      names = "--warmup-bytes",
      defaultValue = "268435456",
      description =
          "A transfer of this size first, not measured, so the JIT is done (default:"
              + " ${DEFAULT-VALUE}, 256 MiB; 0: none).")
  long warmupBytes;

  @Option(
      names = "--iperf-seconds",
      defaultValue = "10",
      description = "Seconds of iperf3 on loopback; 0 skips it (default: ${DEFAULT-VALUE}).")
  int iperfSeconds;

  @Option(
      names = "--sample-ms",
      defaultValue = "250",
      description = "Interval of the server memory samples (default: ${DEFAULT-VALUE}).")
  long sampleMillis;

  @Override
  public Integer call() throws Exception {
    try (BenchContext context = common.context("files")) {
      Results results = new Results("files", BenchMain.commandLine());
      FilesScenario.run(
          context,
          new FilesScenario.Options(size, warmupBytes, iperfSeconds, sampleMillis),
          ConformanceCommand.projectRoot().resolve("load-generator/scripts/install-iperf3.sh"),
          results);
      return BenchMain.finish(context, results);
    }
  }
}
