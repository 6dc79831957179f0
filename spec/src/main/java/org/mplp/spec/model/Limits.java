package org.mplp.spec.model;

/** The limits a server enforces on every connection and account (spec: Limits). */
public record Limits(
    int maxFrameBytes,
    int maxFramesPerSecond,
    int helloTimeoutSeconds,
    int maxDevicesPerAccount,
    int maxFramesBeforeLogin,
    int maxLoginFailures,
    int lockoutSeconds,
    int maxMessageBytes,
    int maxPendingMessages,
    long maxFileBytes,
    int maxFilesPerOffer,
    int maxOpenTransfers,
    int offerLifetimeSeconds,
    int transferLifetimeSeconds,
    long spoolQuotaBytes,
    int loginTimeoutSeconds,
    int maxLoginFailuresPerAddress,
    int maxConnectionsPerAddress,
    int requestHeadSeconds,
    int requestBodyIdleSeconds,
    int transferRetentionSeconds,
    long maxTransferBytes) {

  /**
   * The reference server's defaults. maxFrameBytes leaves room for a send of maxMessageBytes
   * however escaped, six bytes for one, plus 1024 (REQ-LIMIT-005). maxFilesPerOffer is 256, not the
   * schema's 1000: a limit an offer that fits one frame can always exceed is one the conformance
   * kit can check (REQ-XFER-006). An ended transfer is kept for a week, so that a device away that
   * long still learns how its transfers ended (REQ-XFER-028). One offer may hold half the spool, so
   * that a transfer waiting for an offline device leaves room for others (REQ-XFER-030).
   */
  public static final Limits DEFAULTS =
      new Limits(
          131_072, 100, 5, 16, 16, 5, 60, 16_384, 10_000, 8L << 30, 256, 16, 600, 86_400, 32L << 30,
          20, 100, 256, 10, 15, 604_800, 16L << 30);

  /** These limits with the deadlines of connections and logins given, the rest unchanged. */
  public Limits withDeadlines(
      int newLoginTimeoutSeconds, int newRequestHeadSeconds, int newRequestBodyIdleSeconds) {
    return new Limits(
        maxFrameBytes,
        maxFramesPerSecond,
        helloTimeoutSeconds,
        maxDevicesPerAccount,
        maxFramesBeforeLogin,
        maxLoginFailures,
        lockoutSeconds,
        maxMessageBytes,
        maxPendingMessages,
        maxFileBytes,
        maxFilesPerOffer,
        maxOpenTransfers,
        offerLifetimeSeconds,
        transferLifetimeSeconds,
        spoolQuotaBytes,
        newLoginTimeoutSeconds,
        maxLoginFailuresPerAddress,
        maxConnectionsPerAddress,
        newRequestHeadSeconds,
        newRequestBodyIdleSeconds,
        transferRetentionSeconds,
        maxTransferBytes);
  }

  /** These limits with the per-address ones given, the rest unchanged. */
  public Limits withAddressLimits(
      int newMaxLoginFailuresPerAddress, int newMaxConnectionsPerAddress) {
    return new Limits(
        maxFrameBytes,
        maxFramesPerSecond,
        helloTimeoutSeconds,
        maxDevicesPerAccount,
        maxFramesBeforeLogin,
        maxLoginFailures,
        lockoutSeconds,
        maxMessageBytes,
        maxPendingMessages,
        maxFileBytes,
        maxFilesPerOffer,
        maxOpenTransfers,
        offerLifetimeSeconds,
        transferLifetimeSeconds,
        spoolQuotaBytes,
        loginTimeoutSeconds,
        newMaxLoginFailuresPerAddress,
        newMaxConnectionsPerAddress,
        requestHeadSeconds,
        requestBodyIdleSeconds,
        transferRetentionSeconds,
        maxTransferBytes);
  }

  /** These limits with the retention of ended transfers given, the rest unchanged. */
  public Limits withTransferRetentionSeconds(int newTransferRetentionSeconds) {
    return new Limits(
        maxFrameBytes,
        maxFramesPerSecond,
        helloTimeoutSeconds,
        maxDevicesPerAccount,
        maxFramesBeforeLogin,
        maxLoginFailures,
        lockoutSeconds,
        maxMessageBytes,
        maxPendingMessages,
        maxFileBytes,
        maxFilesPerOffer,
        maxOpenTransfers,
        offerLifetimeSeconds,
        transferLifetimeSeconds,
        spoolQuotaBytes,
        loginTimeoutSeconds,
        maxLoginFailuresPerAddress,
        maxConnectionsPerAddress,
        requestHeadSeconds,
        requestBodyIdleSeconds,
        newTransferRetentionSeconds,
        maxTransferBytes);
  }

  /** These limits with the bytes one offer may hold given, the rest unchanged. */
  public Limits withMaxTransferBytes(long newMaxTransferBytes) {
    return new Limits(
        maxFrameBytes,
        maxFramesPerSecond,
        helloTimeoutSeconds,
        maxDevicesPerAccount,
        maxFramesBeforeLogin,
        maxLoginFailures,
        lockoutSeconds,
        maxMessageBytes,
        maxPendingMessages,
        maxFileBytes,
        maxFilesPerOffer,
        maxOpenTransfers,
        offerLifetimeSeconds,
        transferLifetimeSeconds,
        spoolQuotaBytes,
        loginTimeoutSeconds,
        maxLoginFailuresPerAddress,
        maxConnectionsPerAddress,
        requestHeadSeconds,
        requestBodyIdleSeconds,
        transferRetentionSeconds,
        newMaxTransferBytes);
  }
}
