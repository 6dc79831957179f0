package org.mplp.launcher.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.mplp.client.TestServer;
import org.mplp.client.cli.Cli;

/** A device of the account run by the reference CLI, in-process, with a state dir of its own. */
final class CliDevice {
  private static final ObjectMapper JSON = new ObjectMapper();

  final Path stateDir;
  final String address;

  private CliDevice(Path stateDir, String address) {
    this.stateDir = stateDir;
    this.address = address;
  }

  static CliDevice login(
      TestServer server, TestServer.Account account, String type, String label, Path stateDir) {
    Cli.Run run =
        Cli.run(
            "login",
            "--json",
            "--server",
            server.controlUri().toString(),
            "--account",
            account.name(),
            "--password",
            account.password(),
            "--type",
            type,
            "--label",
            label,
            "--state-dir",
            stateDir.toString());
    assertThat(run.exit()).as("CLI login: %s", run).isZero();
    return new CliDevice(stateDir, json(run.out()).get("address").asText());
  }

  Cli.Run run(String command, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = command;
    all[1] = "--state-dir";
    all[2] = stateDir.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return Cli.run(all);
  }

  void send(String to, String text) {
    Cli.Run run = run("send", "--to", to, text);
    assertThat(run.exit()).as("CLI send: %s", run).isZero();
  }

  /** The bodies of the next messages that arrive, as `watch --json` prints them. */
  List<JsonNode> receive(int count) {
    Cli.Run run = run("watch", "--json", "--count", String.valueOf(count), "--timeout", "60");
    assertThat(run.exit()).as("CLI watch: %s", run).isZero();
    List<JsonNode> messages = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      if (line.contains("\"message\"")) {
        JsonNode frame = json(line);
        if (frame.path("type").asText().equals("message")) {
          messages.add(frame);
        }
      }
    }
    return messages;
  }

  /** Offers files; the command runs until the transfer ends, printing its frames as JSON. */
  CompletableFuture<Cli.Run> offer(String to, String permission, Path... files) {
    List<String> args =
        new ArrayList<>(List.of("--json", "--to=" + to, "--permission", permission));
    for (Path file : files) {
      args.add(file.toString());
    }
    return CompletableFuture.supplyAsync(() -> run("offer", args.toArray(String[]::new)));
  }

  /** The id of an offer waiting for this device, as `transfers --json` lists it. */
  String offerWaiting() {
    AtomicReference<String> id = new AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              Cli.Run run = run("transfers", "--json");
              assertThat(run.exit()).as("CLI transfers: %s", run).isZero();
              for (String line : run.out().split("\n")) {
                if (line.contains("\"offered\"")) {
                  id.set(json(line).get("transferId").asText());
                  return true;
                }
              }
              return false;
            });
    return id.get();
  }

  /** The last transfer frame an `offer --json` run printed. */
  static JsonNode lastTransfer(Cli.Run run) {
    JsonNode last = null;
    for (String line : run.out().split("\n")) {
      if (line.startsWith("{") && line.contains("\"transferId\"")) {
        JsonNode frame = json(line);
        if (frame.path("type").asText().equals("transfer")) {
          last = frame;
        }
      }
    }
    assertThat(last).as("a transfer frame in %s", run).isNotNull();
    return last;
  }

  static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
