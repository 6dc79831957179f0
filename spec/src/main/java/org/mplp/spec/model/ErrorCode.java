package org.mplp.spec.model;

import java.util.Arrays;
import java.util.Optional;

/** The registry of error codes, with whether each ends the connection (spec: Errors). */
public enum ErrorCode {
  MALFORMED_FRAME("malformed-frame", 0),
  UNKNOWN_TYPE("unknown-type", 0),
  SCHEMA_VIOLATION("schema-violation", 0),
  UNEXPECTED_FRAME("unexpected-frame", 0),
  RATE_LIMITED("rate-limited", 0),
  INTERNAL_ERROR("internal-error", 0),
  HELLO_REQUIRED("hello-required", CloseCodes.HELLO_REQUIRED),
  VERSION_NOT_SUPPORTED("version-not-supported", CloseCodes.VERSION_NOT_SUPPORTED),
  HELLO_TIMEOUT("hello-timeout", CloseCodes.HELLO_TIMEOUT),
  FRAME_TOO_LARGE("frame-too-large", CloseCodes.MESSAGE_TOO_BIG),
  BINARY_FRAME("binary-frame", CloseCodes.UNSUPPORTED_DATA),
  LOGIN_REQUIRED("login-required", 0),
  UNKNOWN_ACCOUNT("unknown-account", 0),
  BAD_CREDENTIAL("bad-credential", 0),
  LOCKED_OUT("locked-out", 0),
  TOO_MANY_DEVICES("too-many-devices", 0),
  UNKNOWN_DEVICE("unknown-device", 0),
  LOGIN_LIMIT("login-limit", CloseCodes.LOGIN_LIMIT),
  LOGIN_TIMEOUT("login-timeout", CloseCodes.LOGIN_TIMEOUT),
  SESSION_REPLACED("session-replaced", CloseCodes.SESSION_REPLACED),
  MESSAGE_TOO_LARGE("message-too-large", 0),
  FORGED_SENDER("forged-sender", 0),
  RECIPIENT_FULL("recipient-full", 0),
  FILE_TOO_LARGE("file-too-large", 0),
  TOO_MANY_FILES("too-many-files", 0),
  TOO_MANY_TRANSFERS("too-many-transfers", 0),
  SPOOL_FULL("spool-full", 0),
  TRANSFER_TOO_LARGE("transfer-too-large", 0),
  BAD_FILE_NAME("bad-file-name", 0),
  UNKNOWN_TRANSFER("unknown-transfer", 0),
  WRONG_PARTY("wrong-party", 0),
  WRONG_TRANSFER_STATE("wrong-transfer-state", 0),
  NOT_PRIMARY("not-primary", 0),
  REFUSED_BY_POLICY("refused-by-policy", 0),
  DEVICE_REVOKED("device-revoked", CloseCodes.DEVICE_REVOKED),
  ACCOUNT_REMOVED("account-removed", CloseCodes.ACCOUNT_REMOVED),
  SHUTTING_DOWN("shutting-down", CloseCodes.GOING_AWAY);

  private final String code;
  private final int closeCode;

  ErrorCode(String code, int closeCode) {
    this.code = code;
    this.closeCode = closeCode;
  }

  /** The code as it travels in an error frame. */
  public String code() {
    return code;
  }

  /** Whether the server closes the connection after sending this error. */
  public boolean fatal() {
    return closeCode != 0;
  }

  /** The WebSocket close code that follows a fatal error; 0 for a non-fatal one. */
  public int closeCode() {
    return closeCode;
  }

  public static Optional<ErrorCode> forCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
