package org.mplp.spec.model;

/** WebSocket close codes MPLP uses: RFC 6455's own and MPLP's registered ones (spec: Errors). */
public final class CloseCodes {
  /** RFC 6455: the server is going away; a client may come back later. */
  public static final int GOING_AWAY = 1001;

  /** RFC 6455: a binary message on a channel that carries text frames only. */
  public static final int UNSUPPORTED_DATA = 1003;

  /** RFC 6455: a message longer than the limit. */
  public static final int MESSAGE_TOO_BIG = 1009;

  /** The first frame was not hello. */
  public static final int HELLO_REQUIRED = 4400;

  /** Too many frames without a successful login. */
  public static final int LOGIN_LIMIT = 4401;

  /** Client and server share no protocol version. */
  public static final int VERSION_NOT_SUPPORTED = 4406;

  /** The primary device revoked the device of this session (claim 5). */
  public static final int DEVICE_REVOKED = 4403;

  /** The operator removed the account of the device of this session. */
  public static final int ACCOUNT_REMOVED = 4404;

  /** No login succeeded in time after welcome. */
  public static final int LOGIN_TIMEOUT = 4407;

  /** No hello arrived in time. */
  public static final int HELLO_TIMEOUT = 4408;

  /** The device's session moved to a newer connection. */
  public static final int SESSION_REPLACED = 4409;

  private CloseCodes() {}
}
