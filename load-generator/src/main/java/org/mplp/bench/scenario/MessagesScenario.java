package org.mplp.bench.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.mplp.bench.BenchContext;
import org.mplp.bench.client.Connector;
import org.mplp.bench.client.SourceAddresses;
import org.mplp.bench.fleet.Fleet;
import org.mplp.bench.fleet.FleetBuilder;
import org.mplp.bench.report.Latency;
import org.mplp.bench.report.Results;

/**
 * Device-to-device messages over pairs at rising fixed rates (open loop), latency from intended
 * send time to the recipient's arrival, and the server's acknowledgement.
 */
public final class MessagesScenario {

  /** The rate steps and their timing. */
  public record Options(
      int pairs, List<Integer> rates, double warmup, double measure, double drain, int threads) {}

  private MessagesScenario() {}

  public static void run(BenchContext context, Options options, Results results) throws Exception {
    Fleet fleet =
        new FleetBuilder(context.target(), context.log())
            .ensure(context.fleetFile("pairs-" + options.pairs()), options.pairs(), 2);
    results.root().put("server", context.serverDescription());
    try (Connector connector = new Connector(context.target(), options.threads())) {
      MplpPairs pairs =
          MplpPairs.connect(
              connector,
              fleet.accounts(),
              new SourceAddresses(2, SourceAddresses.DEFAULT_PER_ADDRESS));
      results.root().put("replayedBeforeMeasuring", pairs.awaitReplay(2, 300));
      MessageLoad load = new MessageLoad(pairs.links());
      pairs.attach(load);
      List<StepResult> steps = runSteps(context, load, options);
      // Leave nothing stored for the next run to replay at login.
      load.awaitBacklog(60);
      pairs.close();
      report(results, options, steps, "mplp");
    }
  }

  static List<StepResult> runSteps(BenchContext context, MessageLoad load, Options options)
      throws InterruptedException {
    List<StepResult> steps = new ArrayList<>();
    for (int rate : options.rates()) {
      if (!load.awaitBacklog(60)) {
        context.log().println("  the backlog of the last step did not clear in 60 s; stopping");
        break;
      }
      context.log().printf("bench: %d msg/s over %d pairs...%n", rate, options.pairs());
      StepResult step = load.step(rate, options.warmup(), options.measure(), options.drain());
      context
          .log()
          .printf(
              "  delivered %d/%d (%.0f msg/s), %s; generator lag p99 %.3f ms; load %s%n",
              step.delivered(),
              step.sent(),
              step.deliveredRate(),
              Latency.brief(step.delivery()),
              Latency.ms(step.sendLag(), 99),
              step.loadAverage());
      steps.add(step);
      if (step.deliveredRate() < 0.9 * rate) {
        // Saturated: a higher rate would only measure a deeper queue.
        context.log().printf("  saturated below %d msg/s; higher steps not run%n", rate);
        break;
      }
    }
    return steps;
  }

  static ArrayNode stepsJson(List<StepResult> steps, ObjectNode parent, String name) {
    ArrayNode array = parent.putArray(name);
    for (StepResult step : steps) {
      ObjectNode node = array.addObject();
      node.put("offeredRate", step.offeredRate());
      node.put("sent", step.sent());
      node.put("delivered", step.delivered());
      node.put("deliveredRate", Math.round(step.deliveredRate()));
      node.put("errors", step.errors());
      node.put("sustained", step.sustained());
      node.set("deliveryLatency", Latency.summary(step.delivery()));
      if (step.acceptance().getTotalCount() > 0) {
        node.set("acceptanceLatency", Latency.summary(step.acceptance()));
      }
      node.set("generatorSendLag", Latency.summary(step.sendLag()));
      node.put("loadAverage", step.loadAverage());
    }
    return array;
  }

  static void report(Results results, Options options, List<StepResult> steps, String name) {
    ObjectNode root = results.root();
    root.put("pairs", options.pairs());
    root.put("warmupSeconds", options.warmup());
    root.put("measureSeconds", options.measure());
    root.put("latencyFrom", "intended send time (open loop) to arrival at the recipient");
    stepsJson(steps, root, "steps");
    String notRun = "not run: saturated at a lower step";
    StepResult at10k = find(steps, 10_000);
    if (at10k != null) {
      double p50 = Latency.ms(at10k.delivery(), 50);
      double p99 = Latency.ms(at10k.delivery(), 99);
      results.target("p50 at 10,000 msg/s", "<= 0.5 ms", ms(p50), p50 <= 0.5);
      results.target("p99 at 10,000 msg/s", "<= 5 ms", ms(p99), p99 <= 5);
    } else if (options.rates().contains(10_000)) {
      results.target("p50 at 10,000 msg/s", "<= 0.5 ms", notRun, false);
      results.target("p99 at 10,000 msg/s", "<= 5 ms", notRun, false);
    }
    StepResult at20k = find(steps, 20_000);
    if (at20k != null) {
      double p99 = Latency.ms(at20k.delivery(), 99);
      results.target("p99 at 20,000 msg/s", "<= 15 ms", ms(p99), p99 <= 15);
    } else if (options.rates().contains(20_000)) {
      results.target("p99 at 20,000 msg/s", "<= 15 ms", notRun, false);
    }
    double highestDelivered = steps.stream().mapToDouble(StepResult::deliveredRate).max().orElse(0);
    results.figure(
        "highest delivered rate in any step", String.format("%.0f msg/s", highestDelivered));
    int best = 0;
    for (StepResult step : steps) {
      if (step.sustained()) {
        best = Math.max(best, step.offeredRate());
      }
    }
    results.target("highest sustained rate", ">= 30,000 msg/s", best + " msg/s", best >= 30_000);
    for (StepResult step : steps) {
      results.figure(
          name + " " + step.offeredRate() + " msg/s",
          String.format(
              "%.0f/s delivered, p50 %s p99 %s%s",
              step.deliveredRate(),
              ms(Latency.ms(step.delivery(), 50)),
              ms(Latency.ms(step.delivery(), 99)),
              step.sustained() ? "" : " (not sustained)"));
    }
  }

  static StepResult find(List<StepResult> steps, int rate) {
    return steps.stream().filter(s -> s.offeredRate() == rate).findFirst().orElse(null);
  }

  static String ms(double value) {
    return String.format("%.3f ms", value);
  }
}
