package org.mplp.bench.server;

import org.mplp.spec.model.Limits;

/**
 * The limits a bench server runs with: the contract's defaults except that the per-connection frame
 * rate is out of the way of the offered load, and hello may wait out a connection storm.
 */
public final class BenchLimits {

  public static final int MAX_FRAMES_PER_SECOND = 100_000;
  public static final int HELLO_TIMEOUT_SECONDS = 120;

  private BenchLimits() {}

  public static Limits forLoad() {
    Limits d = Limits.DEFAULTS;
    return new Limits(
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
        d.spoolQuotaBytes());
  }

  /** For the results: what differs from the defaults. */
  public static String describe() {
    return "maxFramesPerSecond="
        + MAX_FRAMES_PER_SECOND
        + ", helloTimeoutSeconds="
        + HELLO_TIMEOUT_SECONDS
        + ", other limits at their defaults ("
        + Limits.DEFAULTS
        + "), provisioning on, plaintext on loopback";
  }
}
