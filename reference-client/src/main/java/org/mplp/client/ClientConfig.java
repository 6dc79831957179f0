package org.mplp.client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.mplp.spec.binding.Binding;

/**
 * How a client connects and presents itself. {@code server} and {@code binding} may be null when
 * the state directory holds a device registered earlier, which remembers them.
 *
 * @param caFile PEM certificates to trust for wss:// instead of the JDK's trust store, or null
 * @param reconnect whether a lost connection is opened again, with backoff, and the session resumed
 * @param keepAlive how often a logged-in client pings; a ping unanswered by the next one means the
 *     connection is dead even when no close was seen (a half-open TCP connection)
 */
public record ClientConfig(
    Path stateDir,
    URI server,
    Binding binding,
    Path caFile,
    String terminalType,
    String label,
    Duration timeout,
    boolean reconnect,
    Backoff backoff,
    Duration keepAlive) {

  public static final URI DEFAULT_SERVER = URI.create("ws://127.0.0.1:7700/mplp");

  public ClientConfig {
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(keepAlive, "keepAlive");
  }

  public static ClientConfig of(Path stateDir) {
    return new ClientConfig(
        stateDir,
        null,
        null,
        null,
        "PC",
        null,
        Duration.ofSeconds(10),
        true,
        Backoff.DEFAULT,
        Duration.ofSeconds(20));
  }

  public ClientConfig withServer(URI newServer) {
    return new ClientConfig(
        stateDir,
        newServer,
        binding,
        caFile,
        terminalType,
        label,
        timeout,
        reconnect,
        backoff,
        keepAlive);
  }

  public ClientConfig withBinding(Binding newBinding) {
    return new ClientConfig(
        stateDir,
        server,
        newBinding,
        caFile,
        terminalType,
        label,
        timeout,
        reconnect,
        backoff,
        keepAlive);
  }

  public ClientConfig withCaFile(Path newCaFile) {
    return new ClientConfig(
        stateDir,
        server,
        binding,
        newCaFile,
        terminalType,
        label,
        timeout,
        reconnect,
        backoff,
        keepAlive);
  }

  /** The terminal type and label a password login registers the device with (S21). */
  public ClientConfig withTerminal(String newType, String newLabel) {
    return new ClientConfig(
        stateDir, server, binding, caFile, newType, newLabel, timeout, reconnect, backoff,
        keepAlive);
  }

  public ClientConfig withTimeout(Duration newTimeout) {
    return new ClientConfig(
        stateDir,
        server,
        binding,
        caFile,
        terminalType,
        label,
        newTimeout,
        reconnect,
        backoff,
        keepAlive);
  }

  public ClientConfig withKeepAlive(Duration newKeepAlive) {
    return new ClientConfig(
        stateDir,
        server,
        binding,
        caFile,
        terminalType,
        label,
        timeout,
        reconnect,
        backoff,
        newKeepAlive);
  }

  public ClientConfig withReconnect(boolean on, Backoff newBackoff) {
    return new ClientConfig(
        stateDir, server, binding, caFile, terminalType, label, timeout, on, newBackoff, keepAlive);
  }
}
