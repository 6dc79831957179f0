package org.mplp.client.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.mplp.client.ClientConfig;
import org.mplp.spec.binding.Binding;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Which device (its state directory) and how to reach its server: options of {@code ./mplp client}
 * that every subcommand inherits, so that they go before the subcommand or after it.
 */
final class ConnectionOptions {
  @Option(
      scope = ScopeType.INHERIT,
      names = "--state-dir",
      paramLabel = "DIR",
      defaultValue = "mplp-client",
      description =
          "this device's state: address, credential, shown messages (default: ${DEFAULT-VALUE});"
              + " one directory per device")
  Path stateDir;

  @Option(
      scope = ScopeType.INHERIT,
      names = "--server",
      paramLabel = "URL",
      description =
          "the control channel, ws:// or wss:// (default: the one this device registered with,"
              + " else ws://127.0.0.1:7700/mplp)")
  URI server;

  @Option(
      scope = ScopeType.INHERIT,
      names = "--binding",
      paramLabel = "json|xml",
      description =
          "the binding to speak (default: the one this device registered with, else json)")
  String binding;

  @Option(
      scope = ScopeType.INHERIT,
      names = "--cacert",
      paramLabel = "FILE",
      description = "PEM certificate(s) to trust for wss:// instead of the JDK's trust store")
  Path caFile;

  @Option(
      scope = ScopeType.INHERIT,
      names = "--answer-timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "how long to wait for each answer of the server (default: ${DEFAULT-VALUE})")
  int timeoutSeconds;

  @Option(scope = ScopeType.INHERIT, names = "--json", description = "print JSON instead of text")
  boolean json;

  @Option(
      scope = ScopeType.INHERIT,
      names = "--receive-dir",
      paramLabel = "DIR",
      description =
          "where received files go, and where direct transfers are stored without a prompt"
              + " (default: <state-dir>/received)")
  Path receiveDir;

  /** The receive folder: given, or the one inside the state directory. */
  Path receiveDir() {
    return receiveDir != null ? receiveDir : stateDir.resolve("received");
  }

  ClientConfig config() throws UsageException {
    if (server != null) {
      String scheme = String.valueOf(server.getScheme());
      if (!scheme.equals("ws") && !scheme.equals("wss")) {
        throw new UsageException("--server takes a ws:// or wss:// URL, not " + server);
      }
    }
    if (timeoutSeconds < 1) {
      throw new UsageException("--answer-timeout must be at least 1 second");
    }
    return ClientConfig.of(stateDir)
        .withServer(server)
        .withBinding(binding())
        .withCaFile(caFile)
        .withTimeout(Duration.ofSeconds(timeoutSeconds));
  }

  private Binding binding() throws UsageException {
    if (binding == null) {
      return null;
    }
    for (Binding b : Binding.values()) {
      if (b.wireName().equals(binding)) {
        return b;
      }
    }
    throw new UsageException("--binding is json or xml, not " + binding);
  }
}
