package org.mplp.bench.restart;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.mplp.bench.client.Connector;
import org.mplp.bench.client.Frames;
import org.mplp.bench.client.MplpConnection;
import org.mplp.bench.fleet.Fleet;
import org.mplp.bench.fleet.FleetAccount;
import org.mplp.bench.fleet.FleetBuilder;
import org.mplp.bench.report.Results;
import org.mplp.bench.server.ClassDataArchive;
import org.mplp.bench.server.ServerProcess;

/**
 * Builds a server holding {@code devices} devices (two per account) and {@code messages} stored
 * messages waiting for the offline second device of each account, once (cached in the data
 * directory); then kills it and times each restart from the process start to the login-ok of a
 * device-credential login, {@code restarts} times, killing it again after each: each time once as a
 * plain JVM and once mapping the class archive an untimed start wrote ({@link ClassDataArchive}),
 * the way `./mplp server` runs it. The target is judged on the second.
 */
public final class RestartScenario {

  public record Options(int devices, int messages, int restarts) {}

  private RestartScenario() {}

  public static void run(
      Path dataDir, List<String> serverJvm, Options options, Results results, PrintStream log)
      throws Exception {
    Path serverData = dataDir.resolve("server-data");
    Path stored = dataDir.resolve("messages-stored");
    int accounts = options.devices() / 2;
    ServerProcess server = ServerProcess.start(serverData, serverJvm);
    Fleet fleet;
    try {
      fleet =
          new FleetBuilder(server.controlUri(), log)
              .ensure(dataDir.resolve("restart.fleet"), accounts, 2);
      if (!Files.exists(stored)) {
        store(server, fleet, options.messages(), log);
        Files.writeString(stored, Integer.toString(options.messages()));
      }
    } finally {
      server.kill();
    }
    FleetAccount probe = fleet.accounts().get(fleet.accounts().size() / 2);
    ClassDataArchive archive = new ClassDataArchive(dataDir.resolve("server-classes.jsa"));
    writeArchive(serverData, archive, serverJvm, probe);
    List<Long> plainToLogin = new ArrayList<>();
    List<Long> toListen = new ArrayList<>();
    List<Long> toLogin = new ArrayList<>();
    for (int i = 0; i < options.restarts(); i++) {
      long[] plain = timeRestart(serverData, serverJvm, probe);
      long[] mapped = timeRestart(serverData, archive.reading(serverJvm), probe);
      plainToLogin.add(plain[1]);
      toListen.add(mapped[0]);
      toLogin.add(mapped[1]);
      log.printf(
          "restart %d: without the class archive login-ok after %d ms; with it listening after %d"
              + " ms, login-ok after %d ms%n",
          i + 1, plain[1], mapped[0], mapped[1]);
    }
    results.root().put("devices", options.devices());
    results.root().put("storedMessages", Integer.parseInt(Files.readString(stored).strip()));
    results.root().putPOJO("millisToListening", toListen);
    results.root().putPOJO("millisToLoginOk", toLogin);
    results.root().putPOJO("millisToLoginOkWithoutClassArchive", plainToLogin);
    results.figure(
        "process start to login-ok without the class archive",
        plainToLogin.stream().mapToLong(Long::longValue).min().orElse(-1)
            + " to "
            + plainToLogin.stream().mapToLong(Long::longValue).max().orElse(-1)
            + " ms");
    long best = toLogin.stream().mapToLong(Long::longValue).min().orElse(-1);
    long worst = toLogin.stream().mapToLong(Long::longValue).max().orElse(-1);
    results.target(
        "process start to a served device-credential login, after SIGKILL (class archive)",
        "< 1,500 ms",
        best + " to " + worst + " ms over " + toLogin.size() + " restarts",
        worst < 1_500);
  }

  /**
   * One untimed start that loads what a served login loads and stops normally, so that its JVM
   * writes the class archive the timed starts map (as `./mplp server` does for its users).
   */
  private static void writeArchive(
      Path serverData, ClassDataArchive archive, List<String> serverJvm, FleetAccount probe)
      throws Exception {
    Files.deleteIfExists(archive.file());
    try (ServerProcess server = ServerProcess.start(serverData, archive.writing(serverJvm))) {
      login(server, probe);
    }
    if (!Files.isRegularFile(archive.file())) {
      throw new IllegalStateException("the server JVM wrote no class archive " + archive.file());
    }
  }

  /** Milliseconds from the process start to listening and to a served login; then a SIGKILL. */
  private static long[] timeRestart(Path serverData, List<String> jvm, FleetAccount probe)
      throws Exception {
    long start = System.nanoTime();
    ServerProcess server = ServerProcess.start(serverData, jvm);
    long listening = (System.nanoTime() - start) / 1_000_000;
    try {
      login(server, probe);
      return new long[] {listening, (System.nanoTime() - start) / 1_000_000};
    } finally {
      server.kill();
    }
  }

  private static void login(ServerProcess server, FleetAccount probe) throws Exception {
    try (Connector connector = new Connector(server.controlUri(), 1)) {
      MplpConnection connection =
          connector.connect(null, probe.devices().get(1).loginCredential(), (c, frame, text) -> {});
      connection.loggedIn().get(30, TimeUnit.SECONDS);
      connection.close();
    }
  }

  /** Each account's first device sends its share to the second, which stays offline. */
  private static void store(ServerProcess server, Fleet fleet, int messages, PrintStream log)
      throws Exception {
    int accounts = fleet.accounts().size();
    AtomicLong accepted = new AtomicLong();
    long start = System.nanoTime();
    try (Connector connector = new Connector(server.controlUri(), 2)) {
      int perAccount = (messages + accounts - 1) / accounts;
      int batch = 1_000;
      for (int from = 0; from < accounts; from += batch) {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (FleetAccount account :
            fleet.accounts().subList(from, Math.min(accounts, from + batch))) {
          int share = (int) Math.min(perAccount, Math.max(0, messages - accepted.get()));
          done.add(sendAll(connector, account, share, accepted));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(300, TimeUnit.SECONDS);
        log.printf("setup: %d messages stored%n", accepted.get());
      }
    }
    log.printf(
        "setup: %d messages stored in %.1f s%n", accepted.get(), (System.nanoTime() - start) / 1e9);
  }

  private static CompletableFuture<Void> sendAll(
      Connector connector, FleetAccount account, int count, AtomicLong accepted) {
    CompletableFuture<Void> all = new CompletableFuture<>();
    if (count == 0) {
      all.complete(null);
      return all;
    }
    int[] left = {count};
    String to = account.devices().get(1).address();
    MplpConnection sender =
        connector.connect(
            null,
            account.devices().get(0).loginCredential(),
            (connection, frame, text) -> {
              if (frame.type().equals("message-accepted")) {
                accepted.incrementAndGet();
                if (--left[0] == 0) {
                  connection.close();
                  all.complete(null);
                }
              } else if (frame.type().equals("error")) {
                all.completeExceptionally(new IllegalStateException(text));
              }
            });
    sender
        .loggedIn()
        .whenComplete(
            (ok, failure) -> {
              if (failure != null) {
                all.completeExceptionally(failure);
                return;
              }
              for (int i = 0; i < count; i++) {
                String id = "r" + i;
                sender.send(Frames.send(id, id, to, "stored for the restart " + i));
              }
            });
    return all;
  }
}
