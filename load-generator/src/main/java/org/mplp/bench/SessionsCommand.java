package org.mplp.bench;

import java.util.concurrent.Callable;
import org.mplp.bench.report.Results;
import org.mplp.bench.scenario.SessionsScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "sessions",
    mixinStandardHelpOptions = true,
    description = "Idle device sessions held by one server; login time and heap per session.")
final class SessionsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--sessions", defaultValue = "19000")
  int sessions;

  @Option(names = "--devices-per-account", defaultValue = "8")
  int devicesPerAccount;

  @Option(
      names = "--per-worker",
      defaultValue = "9500",
      description = "Sessions per generator process (a process holds at most 20,000 files).")
  int perWorker;

  @Option(names = "--in-flight", defaultValue = "256", description = "Logins in flight per worker.")
  int inFlight;

  @Override
  public Integer call() throws Exception {
    try (BenchContext context = common.context("sessions")) {
      Results results = new Results("sessions", BenchMain.commandLine());
      SessionsScenario.run(
          context,
          new SessionsScenario.Options(sessions, devicesPerAccount, perWorker, inFlight),
          results);
      return BenchMain.finish(context, results);
    }
  }
}
