package org.mplp.bench.scenario;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.mplp.bench.BenchContext;
import org.mplp.bench.client.Connector;
import org.mplp.bench.client.Credential;
import org.mplp.bench.client.SourceAddresses;
import org.mplp.bench.fleet.Fleet;
import org.mplp.bench.fleet.FleetAccount;
import org.mplp.bench.fleet.FleetBuilder;
import org.mplp.bench.fleet.FleetDevice;
import org.mplp.bench.report.Latency;
import org.mplp.bench.report.Machine;
import org.mplp.bench.report.Results;

/**
 * Device-credential login throughput, then message latency while password logins hammer the server:
 * the p99 of a fixed message rate, quiet and during the burst.
 */
public final class LoginsScenario {

  /** Timing and sizes of both parts. */
  public record Options(
      int devices, int inFlight, double seconds, int pairs, int messageRate, int burstInFlight) {}

  private LoginsScenario() {}

  public static void run(BenchContext context, Options options, Results results) throws Exception {
    FleetBuilder builder = new FleetBuilder(context.target(), context.log());
    int accounts = (options.devices() + 3) / 4;
    List<FleetDevice> devices =
        builder.ensure(context.fleetFile("logins-" + accounts + "x4"), accounts, 4).devices();
    Fleet pairsFleet =
        builder.ensure(context.fleetFile("pairs-" + options.pairs()), options.pairs(), 2);
    List<FleetAccount> burstAccounts =
        builder.ensure(context.fleetFile("burst-50"), 50, 0).accounts();
    results.root().put("server", context.serverDescription());

    try (Connector connector = new Connector(context.target(), 2)) {
      // Part 1: how many device-credential logins per second the server completes.
      LoginLoop credentialLogins =
          new LoginLoop(
              connector,
              i -> devices.get(i % devices.size()).loginCredential(),
              new SourceAddresses(20, 5_000),
              options.inFlight());
      context
          .log()
          .printf("bench: device-credential logins, %d in flight...%n", options.inFlight());
      credentialLogins.start();
      Thread.sleep(2_000);
      credentialLogins.resetWindow();
      long from = System.nanoTime();
      Thread.sleep((long) (options.seconds() * 1000));
      long done = credentialLogins.completed();
      long failed = credentialLogins.failed();
      double seconds = (System.nanoTime() - from) / 1e9;
      Histogram loginLatency = credentialLogins.latency();
      credentialLogins.stop();
      double perSecond = done / seconds;
      context
          .log()
          .printf(
              "  %.0f logins/s, %d failed; load %s%n", perSecond, failed, Machine.loadAverage());
      results.root().put("credentialLoginsPerSecond", Math.round(perSecond));
      results.root().put("credentialLoginsFailed", failed);
      results.root().put("credentialLoginsInFlight", options.inFlight());
      results.root().set("credentialLoginLatency", Latency.summary(loginLatency));
      results.target(
          "device-credential logins",
          ">= 2,000/s",
          String.format("%.0f/s", perSecond),
          perSecond >= 2_000 && failed == 0);
      results.figure("device-credential login latency (closed loop)", Latency.brief(loginLatency));

      // Part 2: message p99 quiet, then during a burst of password logins.
      Thread.sleep(2_000);
      MplpPairs pairs =
          MplpPairs.connect(connector, pairsFleet.accounts(), new SourceAddresses(120, 5_000));
      results.root().put("replayedBeforeMeasuring", pairs.awaitReplay(2, 300));
      MessageLoad load = new MessageLoad(pairs.links());
      pairs.attach(load);
      context.log().printf("bench: %d msg/s, quiet...%n", options.messageRate());
      StepResult quiet = load.step(options.messageRate(), 3, options.seconds(), 5);
      LoginLoop passwordLogins =
          new LoginLoop(
              connector,
              i -> {
                FleetAccount account = burstAccounts.get(i % burstAccounts.size());
                return Credential.password(account.account(), account.password());
              },
              new SourceAddresses(160, 5_000),
              options.burstInFlight());
      context.log().printf("bench: %d msg/s during password logins...%n", options.messageRate());
      passwordLogins.start();
      passwordLogins.resetWindow();
      long burstFrom = System.nanoTime();
      StepResult burst = load.step(options.messageRate(), 3, options.seconds(), 5);
      long passwordDone = passwordLogins.completed();
      double burstSeconds = (System.nanoTime() - burstFrom) / 1e9;
      long passwordFailed = passwordLogins.failed();
      passwordLogins.stop();
      load.awaitBacklog(60);
      pairs.close();

      double quietP99 = Latency.ms(quiet.delivery(), 99);
      double burstP99 = Latency.ms(burst.delivery(), 99);
      context
          .log()
          .printf(
              "  quiet p99 %.3f ms, during burst p99 %.3f ms (%.0f password logins/s)%n",
              quietP99, burstP99, passwordDone / burstSeconds);
      results.root().put("messageRate", options.messageRate());
      results.root().put("passwordLoginsPerSecond", Math.round(passwordDone / burstSeconds));
      results.root().put("passwordLoginsFailed", passwordFailed);
      MessagesScenario.stepsJson(List.of(quiet, burst), results.root(), "quietThenBurst");
      // Against a saturated quiet baseline the ratio says nothing: both are queues.
      String caveat = quiet.sustained() ? "" : "; the quiet rate is not sustained, so no verdict";
      results.target(
          "message p99 during password logins",
          "<= 2 x quiet p99 (" + MessagesScenario.ms(quietP99) + ")",
          MessagesScenario.ms(burstP99)
              + String.format(
                  " (x%.2f, %.0f password logins/s%s)",
                  burstP99 / quietP99, passwordDone / burstSeconds, caveat),
          quiet.sustained() && burstP99 <= 2 * quietP99);
    }
  }
}
