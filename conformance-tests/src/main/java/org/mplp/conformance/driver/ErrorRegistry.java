package org.mplp.conformance.driver;

import java.util.Map;
import java.util.Optional;

/**
 * The error codes registered in the spec (Errors: registry) with their close codes, typed out here
 * on purpose: the kit judges the server against the spec's table, not against the spec's code.
 */
public final class ErrorRegistry {
  /** Close code per code; 0 for the codes that are not fatal. */
  private static final Map<String, Integer> CLOSE_CODES =
      Map.ofEntries(
          Map.entry("malformed-frame", 0),
          Map.entry("unknown-type", 0),
          Map.entry("schema-violation", 0),
          Map.entry("unexpected-frame", 0),
          Map.entry("rate-limited", 0),
          Map.entry("internal-error", 0),
          Map.entry("hello-required", 4400),
          Map.entry("version-not-supported", 4406),
          Map.entry("hello-timeout", 4408),
          Map.entry("frame-too-large", 1009),
          Map.entry("binary-frame", 1003),
          Map.entry("login-required", 0),
          Map.entry("unknown-account", 0),
          Map.entry("bad-credential", 0),
          Map.entry("locked-out", 0),
          Map.entry("too-many-devices", 0),
          Map.entry("unknown-device", 0),
          Map.entry("message-too-large", 0),
          Map.entry("forged-sender", 0),
          Map.entry("recipient-full", 0),
          Map.entry("file-too-large", 0),
          Map.entry("too-many-files", 0),
          Map.entry("too-many-transfers", 0),
          Map.entry("spool-full", 0),
          Map.entry("transfer-too-large", 0),
          Map.entry("bad-file-name", 0),
          Map.entry("unknown-transfer", 0),
          Map.entry("wrong-party", 0),
          Map.entry("wrong-transfer-state", 0),
          Map.entry("not-primary", 0),
          Map.entry("refused-by-policy", 0),
          Map.entry("device-revoked", 4403),
          Map.entry("login-limit", 4401),
          Map.entry("login-timeout", 4407),
          Map.entry("session-replaced", 4409),
          Map.entry("account-removed", 4404),
          Map.entry("shutting-down", 1001));

  private ErrorRegistry() {}

  public static boolean registered(String code) {
    return code != null && CLOSE_CODES.containsKey(code);
  }

  public static boolean fatal(String code) {
    return closeCode(code).isPresent();
  }

  /** The close code registered for a fatal error; empty for a code that is not fatal. */
  public static Optional<Integer> closeCode(String code) {
    Integer close = CLOSE_CODES.get(code);
    return close == null || close == 0 ? Optional.empty() : Optional.of(close);
  }
}
