package org.mplp.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mplp.bench.report.Results;
import org.mplp.bench.scenario.MessagesScenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mplp bench <scenario>}: runs one scenario, writes its JSON, prints a table. */
@Command(
    name = "mplp bench",
    mixinStandardHelpOptions = true,
    description = "Load scenarios against the reference server or any MPLP server.",
    subcommands = {
      BenchMain.Messages.class,
      SessionsCommand.class,
      LoginsCommand.class,
      ConformanceCommand.class,
      PeerCommand.class,
      FilesCommand.class,
      SoakCommand.class,
      RestartCommand.class,
    })
public final class BenchMain implements Callable<Integer> {

  @Override
  public Integer call() {
    new CommandLine(this).usage(System.out);
    return 2;
  }

  /** Writes and prints the results; the exit code is 0 whether or not targets were met. */
  static int finish(BenchContext context, Results results) throws Exception {
    Path file = results.write(context.resultsDir());
    results.print(System.out);
    System.out.println("  figures: " + file);
    return 0;
  }

  /** The arguments of this run, to say in the results how to reproduce them. */
  private static String[] arguments = new String[0];

  static String commandLine() {
    return "./mplp bench " + String.join(" ", arguments);
  }

  @Command(
      name = "messages",
      mixinStandardHelpOptions = true,
      description = "Device pairs exchanging messages at fixed rates (open loop).")
  static final class Messages implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--pairs", defaultValue = "500")
    int pairs;

    @Option(
        names = "--rates",
        split = ",",
        defaultValue = "1000,2500,5000,10000,20000,30000",
        description = "Offered msg/s per step (default: ${DEFAULT-VALUE}).")
    List<Integer> rates;

    @Option(names = "--warmup", defaultValue = "3", description = "Seconds per step not measured.")
    double warmup;

    @Option(names = "--measure", defaultValue = "10", description = "Measured seconds per step.")
    double measure;

    @Option(names = "--threads", defaultValue = "2", description = "Generator event loops.")
    int threads;

    @Override
    public Integer call() throws Exception {
      try (BenchContext context = common.context("messages")) {
        Results results = new Results("messages", commandLine());
        MessagesScenario.run(
            context,
            new MessagesScenario.Options(pairs, rates, warmup, measure, 5, threads),
            results);
        return finish(context, results);
      }
    }
  }

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "org/mplp/bench/logback-bench.xml");
    }
    arguments = args.clone();
    int code = new CommandLine(new BenchMain()).execute(args);
    System.exit(code);
  }
}
