package org.mplp.spec.model;

/**
 * The operation permissions the primary device sets for a device; {@code maxFileBytes} null means
 * no cap of its own (spec: The primary device, claim 5).
 */
public record Policy(Permission transfers, MessageHandling messages, Long maxFileBytes) {
  /** A new device's policy: restricts nothing. */
  public static final Policy UNRESTRICTED =
      new Policy(Permission.DIRECT, MessageHandling.ACCEPT, null);
}
