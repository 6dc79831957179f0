package org.mplp.server;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.model.Limits;

/**
 * What a server instance listens on, where it keeps its data, the limits it advertises and
 * enforces, the bindings it offers, and whether it speaks TLS.
 *
 * @param port 0 asks the operating system for a free port; see {@link MplpServer#boundPort()}
 * @param provisioning whether the profile {@code provisioning} is on: anyone who reaches the port
 *     can create accounts, so it is for test deployments only (REQ-PROVISION-003)
 * @param tls when present, the port speaks TLS only; plaintext is for loopback (protocol decision
 *     2)
 * @param adminPort the loopback port of health, metrics and the operator's commands; 0 picks a free
 *     one (the data directory's admin file names it), -1 serves none
 * @param alternatives the other answers to open choices of the spec the server gives instead of its
 *     own
 */
public record ServerConfig(
    String host,
    int port,
    Path dataDir,
    Limits limits,
    Set<Binding> bindings,
    boolean provisioning,
    Optional<TlsConfig> tls,
    int adminPort,
    Set<Alternative> alternatives) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7700;
  public static final Path DEFAULT_DATA_DIR = Path.of("mplp-data");

  /** The defaults of the contract: 128 KiB frames, 100 frames per second, 5 s for hello. */
  public static final Limits DEFAULT_LIMITS = Limits.DEFAULTS;

  private static final long MIB = 1 << 20;

  /** The schema's maximum of a count of bytes: 2^53 - 1, which every JSON reader keeps exactly. */
  private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  /** An account's own device and the 256 others that a device list can hold. */
  public static final int MAX_DEVICES_PER_ACCOUNT = 257;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(bindings, "bindings");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(alternatives, "alternatives");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (adminPort < -1 || adminPort > 65535) {
      throw new IllegalArgumentException("admin port out of range: " + adminPort);
    }
    // The floors are those of the limits schema: a server may not advertise less.
    if (limits.maxFrameBytes() < 1024
        || limits.maxFramesPerSecond() < 1
        || limits.helloTimeoutSeconds() < 1
        || limits.maxDevicesPerAccount() < 1
        || limits.maxFramesBeforeLogin() < 4
        || limits.maxLoginFailures() < 1
        || limits.lockoutSeconds() < 1
        || limits.maxMessageBytes() < 1024
        || limits.maxPendingMessages() < 16
        || limits.maxFileBytes() < MIB
        || limits.maxFilesPerOffer() < 1
        || limits.maxFilesPerOffer() > 1000
        || limits.maxOpenTransfers() < 1
        || limits.offerLifetimeSeconds() < 10
        || limits.transferLifetimeSeconds() < 60
        || limits.spoolQuotaBytes() < MIB
        || limits.spoolQuotaBytes() > MAX_SAFE_INTEGER
        || limits.maxFileBytes() > MAX_SAFE_INTEGER
        || limits.loginTimeoutSeconds() < 10
        || limits.maxLoginFailuresPerAddress() < 10
        || limits.maxConnectionsPerAddress() < 16
        || limits.requestHeadSeconds() < 5
        || limits.requestBodyIdleSeconds() < 5
        || limits.transferRetentionSeconds() < 10
        || limits.maxTransferBytes() < MIB
        || limits.maxTransferBytes() > MAX_SAFE_INTEGER) {
      throw new IllegalArgumentException("limits beyond the schema's bounds: " + limits);
    }
    // The constraints between limits (REQ-LIMIT-005, REQ-LIMIT-006, REQ-LIMIT-010).
    if ((long) limits.maxFrameBytes() < 6L * limits.maxMessageBytes() + 1024) {
      throw new IllegalArgumentException(
          "maxFrameBytes must be at least 6 × maxMessageBytes + 1024: " + limits);
    }
    if (limits.spoolQuotaBytes() < limits.maxFileBytes()) {
      throw new IllegalArgumentException(
          "spoolQuotaBytes must be at least maxFileBytes: " + limits);
    }
    // REQ-LIMIT-010: the largest file fits one offer, and one offer fits the spool.
    if (limits.maxTransferBytes() < limits.maxFileBytes()
        || limits.maxTransferBytes() > limits.spoolQuotaBytes()) {
      throw new IllegalArgumentException(
          "maxTransferBytes must lie between maxFileBytes and spoolQuotaBytes: " + limits);
    }
    // login-ok and device-list carry the other devices, at most 256 (their schemas' maxItems).
    if (limits.maxDevicesPerAccount() > MAX_DEVICES_PER_ACCOUNT) {
      throw new IllegalArgumentException(
          "maxDevicesPerAccount above " + MAX_DEVICES_PER_ACCOUNT + ": " + limits);
    }
    if (!bindings.contains(Binding.JSON)) {
      throw new IllegalArgumentException("the JSON binding is mandatory");
    }
    bindings = Collections.unmodifiableSet(EnumSet.copyOf(bindings));
    alternatives =
        Collections.unmodifiableSet(
            alternatives.isEmpty()
                ? EnumSet.noneOf(Alternative.class)
                : EnumSet.copyOf(alternatives));
  }

  /**
   * 127.0.0.1:7700, ./mplp-data, the contract's limits, JSON and XML, no provisioning, no TLS, the
   * admin port on a free loopback port, no alternatives.
   */
  public static ServerConfig defaults() {
    return new ServerConfig(
        DEFAULT_HOST,
        DEFAULT_PORT,
        DEFAULT_DATA_DIR,
        DEFAULT_LIMITS,
        EnumSet.allOf(Binding.class),
        false,
        Optional.empty(),
        0,
        EnumSet.noneOf(Alternative.class));
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(
        newHost, port, dataDir, limits, bindings, provisioning, tls, adminPort, alternatives);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(
        host, newPort, dataDir, limits, bindings, provisioning, tls, adminPort, alternatives);
  }

  public ServerConfig withDataDir(Path newDataDir) {
    return new ServerConfig(
        host, port, newDataDir, limits, bindings, provisioning, tls, adminPort, alternatives);
  }

  public ServerConfig withLimits(Limits newLimits) {
    return new ServerConfig(
        host, port, dataDir, newLimits, bindings, provisioning, tls, adminPort, alternatives);
  }

  public ServerConfig withBindings(Set<Binding> newBindings) {
    return new ServerConfig(
        host, port, dataDir, limits, newBindings, provisioning, tls, adminPort, alternatives);
  }

  public ServerConfig withProvisioning(boolean on) {
    return new ServerConfig(
        host, port, dataDir, limits, bindings, on, tls, adminPort, alternatives);
  }

  /** Serves over TLS with this certificate chain and key; they are read at start. */
  public ServerConfig withTls(TlsConfig newTls) {
    return new ServerConfig(
        host,
        port,
        dataDir,
        limits,
        bindings,
        provisioning,
        Optional.of(newTls),
        adminPort,
        alternatives);
  }

  /** Serves health, metrics and the operator's commands on this loopback port; -1 for none. */
  public ServerConfig withAdminPort(int newAdminPort) {
    return new ServerConfig(
        host, port, dataDir, limits, bindings, provisioning, tls, newAdminPort, alternatives);
  }

  /** Gives these answers to open choices of the spec instead of the server's own. */
  public ServerConfig withAlternatives(Set<Alternative> newAlternatives) {
    return new ServerConfig(
        host, port, dataDir, limits, bindings, provisioning, tls, adminPort, newAlternatives);
  }

  public boolean has(Alternative alternative) {
    return alternatives.contains(alternative);
  }

  public ServerConfig withoutTls() {
    return new ServerConfig(
        host,
        port,
        dataDir,
        limits,
        bindings,
        provisioning,
        Optional.empty(),
        adminPort,
        alternatives);
  }
}
