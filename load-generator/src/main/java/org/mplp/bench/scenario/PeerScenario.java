package org.mplp.bench.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.EventLoopGroup;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mplp.bench.BenchContext;
import org.mplp.bench.client.Connector;
import org.mplp.bench.client.SourceAddresses;
import org.mplp.bench.client.Transport;
import org.mplp.bench.fleet.Fleet;
import org.mplp.bench.fleet.FleetBuilder;
import org.mplp.bench.report.Latency;
import org.mplp.bench.report.Results;
import org.mplp.bench.server.ResidentMemory;
import org.mplp.bench.server.ServerProcess;
import org.mplp.bench.xmpp.EjabberdServer;
import org.mplp.bench.xmpp.ProsodyServer;
import org.mplp.bench.xmpp.XmppPairs;
import org.mplp.bench.xmpp.XmppPeer;

/**
 * The message scenario against the reference server, Prosody and ejabberd, one after the other in
 * one run with the same generator, pairs and rate steps; and memory per idle session of each.
 */
public final class PeerScenario {

  private PeerScenario() {}

  public static void run(
      BenchContext context, MessagesScenario.Options options, Path installScript, Results results)
      throws Exception {
    if (!context.isLocal()) {
      throw new IllegalArgumentException(
          "peer compares with the local reference server; no --target");
    }
    results.root().put("server", context.serverDescription());
    results
        .root()
        .put(
            "peer",
            "Prosody 0.12 and ejabberd 23.01 from Debian, each with a throwaway config on"
                + " loopback: plaintext c2s, SASL PLAIN (Prosody: internal_plain accounts;"
                + " ejabberd: login_anon), offline storage and rate limits off; messages between"
                + " two resources of one account (full-JID addressing), no acknowledgement");
    Fleet fleet =
        new FleetBuilder(context.target(), context.log())
            .ensure(context.fleetFile("pairs-" + options.pairs()), options.pairs(), 2);
    int sessions = options.pairs() * 2;

    // MPLP
    List<StepResult> mplpSteps;
    ServerProcess server = context.localServer();
    try (Connector connector = new Connector(context.target(), options.threads())) {
      long[] before = server.heapAndResident();
      MplpPairs pairs =
          MplpPairs.connect(connector, fleet.accounts(), new SourceAddresses(2, 20_000));
      results.root().put("replayedBeforeMeasuring", pairs.awaitReplay(2, 300));
      long[] after = server.heapAndResident();
      ObjectNode memory = results.root().with("mplpMemory");
      memory.put("sessions", sessions);
      memory.put("heapPerIdleSessionBytes", (after[0] - before[0]) / sessions);
      memory.put("residentPerIdleSessionBytes", (after[1] - before[1]) / sessions);
      results.figure(
          "mplp memory per idle session",
          String.format(
              "heap %d B after GC, resident %d B (%d sessions)",
              (after[0] - before[0]) / sessions, (after[1] - before[1]) / sessions, sessions));
      MessageLoad load = new MessageLoad(pairs.links());
      pairs.attach(load);
      context.log().println("bench: reference server");
      mplpSteps = MessagesScenario.runSteps(context, load, options);
      load.awaitBacklog(60);
      pairs.close();
    }
    context.close();

    // The XMPP peers, one after the other, with the same generator and steps.
    List<StepResult> prosodySteps =
        xmpp(
            context,
            options,
            results,
            "prosody",
            () -> {
              install(installScript);
              return ProsodyServer.start(options.pairs());
            });
    List<StepResult> ejabberdSteps =
        xmpp(
            context,
            options,
            results,
            "ejabberd",
            () -> {
              install(installScript.resolveSibling("install-ejabberd.sh"));
              return EjabberdServer.start();
            });

    results.root().put("pairs", options.pairs());
    results.root().put("latencyFrom", "intended send time (open loop) to arrival at the recipient");
    MessagesScenario.stepsJson(mplpSteps, results.root(), "mplpSteps");
    MessagesScenario.stepsJson(prosodySteps, results.root(), "prosodySteps");
    MessagesScenario.stepsJson(ejabberdSteps, results.root(), "ejabberdSteps");
    int rows = Math.max(mplpSteps.size(), Math.max(prosodySteps.size(), ejabberdSteps.size()));
    for (int i = 0; i < rows; i++) {
      if (i < mplpSteps.size()) {
        row(results, "mplp", mplpSteps.get(i));
      }
      if (i < prosodySteps.size()) {
        row(results, "prosody", prosodySteps.get(i));
      }
      if (i < ejabberdSteps.size()) {
        row(results, "ejabberd", ejabberdSteps.get(i));
      }
    }
    double mplpBest = bestSustained(mplpSteps);
    for (String peer : List.of("prosody", "ejabberd")) {
      List<StepResult> peerSteps = peer.equals("prosody") ? prosodySteps : ejabberdSteps;
      if (peerSteps.isEmpty()) {
        results.figure(
            "highest sustained rate, MPLP against " + peer,
            "not measured: " + peer + " did not run (see " + peer + "Failure)");
        continue;
      }
      double peerBest = bestSustained(peerSteps);
      double ratio = peerBest == 0 ? 0 : mplpBest / peerBest;
      results.target(
          "highest sustained rate, MPLP against " + peer,
          ">= 3x",
          String.format("%.0f against %.0f msg/s: %.2fx", mplpBest, peerBest, ratio),
          ratio >= 3);
    }
  }

  /** The highest offered rate a step sustained; 0 when none did. */
  static double bestSustained(List<StepResult> steps) {
    return steps.stream()
        .filter(StepResult::sustained)
        .mapToDouble(StepResult::offeredRate)
        .max()
        .orElse(0);
  }

  /** Starts an XMPP peer. */
  @FunctionalInterface
  private interface PeerStart {
    XmppPeer start() throws Exception;
  }

  private static List<StepResult> xmpp(
      BenchContext context,
      MessagesScenario.Options options,
      Results results,
      String name,
      PeerStart start)
      throws Exception {
    try {
      return measure(context, options, results, name, start);
    } catch (Exception e) {
      // One peer that cannot be measured on this machine leaves the others' figures standing.
      String reason = e.getCause() != null ? e.getCause().toString() : e.toString();
      context.log().println("bench: " + name + " not measured: " + reason);
      results.root().put(name + "Failure", reason);
      return List.of();
    }
  }

  private static List<StepResult> measure(
      BenchContext context,
      MessagesScenario.Options options,
      Results results,
      String name,
      PeerStart start)
      throws Exception {
    int sessions = options.pairs() * 2;
    try (XmppPeer peer = start.start()) {
      EventLoopGroup group = Transport.best().newGroup(options.threads());
      try {
        Thread.sleep(1_000);
        long before = ResidentMemory.ofPid(peer.pid());
        XmppPairs pairs =
            XmppPairs.connect(group, peer.port(), options.pairs(), new SourceAddresses(3, 20_000));
        Thread.sleep(2_000);
        long after = ResidentMemory.ofPid(peer.pid());
        ObjectNode memory = results.root().with(name + "Memory");
        memory.put("sessions", sessions);
        memory.put("residentPerIdleSessionBytes", (after - before) / sessions);
        results.figure(
            name + " memory per idle session",
            String.format("resident %d B (%d sessions)", (after - before) / sessions, sessions));
        MessageLoad load = new MessageLoad(pairs.links());
        pairs.attach(load);
        context.log().println("bench: " + name);
        List<StepResult> steps = MessagesScenario.runSteps(context, load, options);
        pairs.close();
        return steps;
      } finally {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
      }
    }
  }

  private static void row(Results results, String name, StepResult step) {
    results.figure(
        name + " " + step.offeredRate() + " msg/s",
        String.format(
            "%.0f/s delivered, p50 %s p99 %s p99.9 %s%s",
            step.deliveredRate(),
            MessagesScenario.ms(Latency.ms(step.delivery(), 50)),
            MessagesScenario.ms(Latency.ms(step.delivery(), 99)),
            MessagesScenario.ms(Latency.ms(step.delivery(), 99.9)),
            step.sustained() ? "" : " (not sustained)"));
  }

  private static void install(Path script) throws Exception {
    Process process = new ProcessBuilder("bash", script.toString()).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(
          "the peer is missing and " + script + " could not install it");
    }
  }
}
