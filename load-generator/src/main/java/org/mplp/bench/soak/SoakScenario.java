package org.mplp.bench.soak;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.mplp.bench.client.Connector;
import org.mplp.bench.fleet.Fleet;
import org.mplp.bench.fleet.FleetAccount;
import org.mplp.bench.fleet.FleetBuilder;
import org.mplp.bench.report.Results;
import org.mplp.bench.server.ServerProcess;

/**
 * Kills the reference server with SIGKILL under load {@code kills} times, each time starting it
 * again on the same data directory and logging every device in again; then lets everything settle,
 * kills it once more, and checks that nothing comes again. Counts lost and duplicated messages and
 * receipts (see {@link Ledger}).
 */
public final class SoakScenario {

  /**
   * @param rate messages per second over all pairs
   * @param minSeconds least load between two kills; at most twice as long, drawn from {@code seed}
   */
  public record Options(int kills, int pairs, int rate, double minSeconds, long seed) {}

  /** What the soak found. */
  public record Outcome(int kills, Ledger.Counts counts, List<Long> restartMillis) {}

  /** How long, at most, everything may take to be delivered and acknowledged after the load. */
  private static final double SETTLE_SECONDS = 300;

  private SoakScenario() {}

  public static Outcome run(Path dataDir, List<String> serverJvm, Options options, PrintStream log)
      throws Exception {
    deleteTree(dataDir);
    Path serverData = dataDir.resolve("server-data");
    Ledger ledger = new Ledger();
    List<Long> restartMillis = new ArrayList<>();
    Random random = new Random(options.seed());
    ServerProcess server = ServerProcess.start(serverData, serverJvm);
    try {
      Fleet fleet =
          new FleetBuilder(server.controlUri(), log)
              .ensure(dataDir.resolve("soak.fleet"), options.pairs(), 2);
      List<SoakPair> pairs = new ArrayList<>();
      for (FleetAccount account : fleet.accounts()) {
        pairs.add(new SoakPair(pairs.size(), account, ledger));
      }
      for (int kill = 1; kill <= options.kills(); kill++) {
        double seconds = options.minSeconds() * (1 + random.nextDouble());
        try (Connector connector = new Connector(server.controlUri(), 1)) {
          connect(connector, pairs);
          load(pairs, options.rate(), seconds);
          server.kill();
        }
        pairs.forEach(SoakPair::close);
        log.printf(
            "soak: kill %d of %d after %.1f s: %s%n",
            kill, options.kills(), seconds, ledger.counts());
        long started = System.nanoTime();
        server = ServerProcess.start(serverData, serverJvm);
        restartMillis.add((System.nanoTime() - started) / 1_000_000);
      }
      // Settle: no more load; every device back, everything delivered and acknowledged.
      try (Connector connector = new Connector(server.controlUri(), 1)) {
        connect(connector, pairs);
        settle(ledger);
        server.kill();
      }
      pairs.forEach(SoakPair::close);
      // Once more after a kill: what was acknowledged must not come again.
      server = ServerProcess.start(serverData, serverJvm);
      try (Connector connector = new Connector(server.controlUri(), 1)) {
        connect(connector, pairs);
        Thread.sleep(2_000);
        settle(ledger);
        pairs.forEach(SoakPair::close);
      }
      Ledger.Counts counts = ledger.counts();
      log.printf("soak: after settling: %s%n", counts);
      return new Outcome(options.kills(), counts, restartMillis);
    } finally {
      server.kill();
    }
  }

  /** Waits until everything promised arrived and everything arrived was acknowledged. */
  private static void settle(Ledger ledger) throws InterruptedException {
    long until = System.nanoTime() + (long) (SETTLE_SECONDS * 1e9);
    while (!ledger.counts().settled() && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    Thread.sleep(500);
  }

  private static void connect(Connector connector, List<SoakPair> pairs) throws Exception {
    CompletableFuture.allOf(
            pairs.stream().map(pair -> pair.connect(connector)).toArray(CompletableFuture[]::new))
        .get(60, TimeUnit.SECONDS);
  }

  /** Open loop: one message per pair in turn at the rate, whatever the server does. */
  private static void load(List<SoakPair> pairs, int rate, double seconds)
      throws InterruptedException {
    long interval = (long) (1e9 / rate);
    long next = System.nanoTime();
    long end = next + (long) (seconds * 1e9);
    int turn = 0;
    while (next < end) {
      long wait = next - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      pairs.get(turn++ % pairs.size()).sendNext();
      next += interval;
    }
  }

  /** The counts in a results file, each against its target of 0. */
  public static void report(Outcome outcome, Results results) {
    Ledger.Counts c = outcome.counts();
    ObjectNode root = results.root();
    root.put("kills", outcome.kills());
    root.put("accepted", c.accepted());
    root.put("acknowledged", c.acknowledged());
    root.put("errors", c.errors());
    root.putPOJO("restartMillis", outcome.restartMillis());
    results.target("accepted messages lost", "0", Long.toString(c.lost()), c.lost() == 0);
    results.target("messages shown twice", "0", Long.toString(c.duplicated()), c.duplicated() == 0);
    results.target("receipts lost", "0", Long.toString(c.receiptsLost()), c.receiptsLost() == 0);
    results.target(
        "receipts shown twice",
        "0",
        Long.toString(c.receiptsDuplicated()),
        c.receiptsDuplicated() == 0);
    results.figure(
        "left at the end",
        String.format(
            "%d messages arrived whose acknowledgement was not answered yet, %d receipts not yet"
                + " acknowledged (all %s)",
            c.unacknowledged(),
            c.receiptsUnacknowledged(),
            c.settled() ? "settled" : "still coming: not lost, but the run ended first"));
    results.figure(
        "messages",
        String.format(
            "%d accepted, %d acknowledged, %d kills (SIGKILL), %d error frames",
            c.accepted(), c.acknowledged(), outcome.kills(), c.errors()));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
