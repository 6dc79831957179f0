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
 */
public record ServerConfig(
    String host,
    int port,
    Path dataDir,
    Limits limits,
    Set<Binding> bindings,
    boolean provisioning,
    Optional<TlsConfig> tls,
    int adminPort) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7700;
  public static final Path DEFAULT_DATA_DIR = Path.of("mplp-data");

  /** The defaults of the contract: 64 KiB frames, 100 frames per second, 5 s for hello. */
  public static final Limits DEFAULT_LIMITS = Limits.DEFAULTS;

  /** An account's own device and the 256 others that a device list can hold. */
  public static final int MAX_DEVICES_PER_ACCOUNT = 257;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(bindings, "bindings");
    Objects.requireNonNull(tls, "tls");
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
        || limits.loginTimeoutSeconds() < 10
        || limits.maxLoginFailuresPerAddress() < 10
        || limits.maxConnectionsPerAddress() < 16
        || limits.requestHeadSeconds() < 5
        || limits.requestBodyIdleSeconds() < 5) {
      throw new IllegalArgumentException("limits below the schema's minimums: " + limits);
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
  }

  /**
   * 127.0.0.1:7700, ./mplp-data, the contract's limits, JSON and XML, no provisioning, no TLS, the
   * admin port on a free loopback port.
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
        0);
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, dataDir, limits, bindings, provisioning, tls, adminPort);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, dataDir, limits, bindings, provisioning, tls, adminPort);
  }

  public ServerConfig withDataDir(Path newDataDir) {
    return new ServerConfig(host, port, newDataDir, limits, bindings, provisioning, tls, adminPort);
  }

  public ServerConfig withLimits(Limits newLimits) {
    return new ServerConfig(host, port, dataDir, newLimits, bindings, provisioning, tls, adminPort);
  }

  public ServerConfig withBindings(Set<Binding> newBindings) {
    return new ServerConfig(host, port, dataDir, limits, newBindings, provisioning, tls, adminPort);
  }

  public ServerConfig withProvisioning(boolean on) {
    return new ServerConfig(host, port, dataDir, limits, bindings, on, tls, adminPort);
  }

  /** Serves over TLS with this certificate chain and key; they are read at start. */
  public ServerConfig withTls(TlsConfig newTls) {
    return new ServerConfig(
        host, port, dataDir, limits, bindings, provisioning, Optional.of(newTls), adminPort);
  }

  /** Serves health, metrics and the operator's commands on this loopback port; -1 for none. */
  public ServerConfig withAdminPort(int newAdminPort) {
    return new ServerConfig(host, port, dataDir, limits, bindings, provisioning, tls, newAdminPort);
  }

  public ServerConfig withoutTls() {
    return new ServerConfig(
        host, port, dataDir, limits, bindings, provisioning, Optional.empty(), adminPort);
  }
}
