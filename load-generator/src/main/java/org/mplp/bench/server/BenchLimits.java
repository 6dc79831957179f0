package org.mplp.bench.server;

import org.mplp.spec.model.Limits;

/**
 * The limits a bench server runs with: the contract's defaults except that the per-connection frame
 * rate is out of the way of the offered load, and hello may wait out a connection storm.
 */
public final class BenchLimits {

  public static final int MAX_FRAMES_PER_SECOND = 100_000;
  public static final int HELLO_TIMEOUT_SECONDS = 120;

  /** Logins too may wait out a connection storm. */
  public static final int LOGIN_TIMEOUT_SECONDS = 120;

  /** The bench opens thousands of connections from each of a few loopback addresses. */
  public static final int MAX_CONNECTIONS_PER_ADDRESS = 1_000_000;

  private BenchLimits() {}

  public static Limits forLoad() {
    Limits d = Limits.DEFAULTS;
    Limits load =
        new Limits(
            d.maxFrameBytes(),
            MAX_FRAMES_PER_SECOND,
            HELLO_TIMEOUT_SECONDS,
            d.maxDevicesPerAccount(),
            d.maxFramesBeforeLogin(),
            d.maxLoginFailures(),
            d.lockoutSeconds(),
            d.maxMessageBytes(),
            d.maxPendingMessages(),
            d.maxFileBytes(),
            d.maxFilesPerOffer(),
            d.maxOpenTransfers(),
            d.offerLifetimeSeconds(),
            d.transferLifetimeSeconds(),
            d.spoolQuotaBytes(),
            d.loginTimeoutSeconds(),
            d.maxLoginFailuresPerAddress(),
            d.maxConnectionsPerAddress(),
            d.requestHeadSeconds(),
            d.requestBodyIdleSeconds(),
            d.transferRetentionSeconds(),
            d.maxTransferBytes());
    return load.withDeadlines(
            LOGIN_TIMEOUT_SECONDS, d.requestHeadSeconds(), d.requestBodyIdleSeconds())
        .withAddressLimits(d.maxLoginFailuresPerAddress(), MAX_CONNECTIONS_PER_ADDRESS);
  }

  /** For the results: what differs from the defaults. */
  public static String describe() {
    return "maxFramesPerSecond="
        + MAX_FRAMES_PER_SECOND
        + ", helloTimeoutSeconds="
        + HELLO_TIMEOUT_SECONDS
        + ", loginTimeoutSeconds="
        + LOGIN_TIMEOUT_SECONDS
        + ", maxConnectionsPerAddress="
        + MAX_CONNECTIONS_PER_ADDRESS
        + ", other limits at their defaults ("
        + Limits.DEFAULTS
        + "), provisioning on, plaintext on loopback";
  }
}
