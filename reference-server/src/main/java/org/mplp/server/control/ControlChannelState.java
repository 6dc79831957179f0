package org.mplp.server.control;

/** Where a control channel is in its life (spec: Opening exchange, Login). */
enum ControlChannelState {
  /** Upgraded; only hello is taken, within helloTimeoutSeconds. */
  AWAITING_HELLO,
  /** Welcomed; login and ping are taken, at most maxFramesBeforeLogin frames in all. */
  AWAITING_LOGIN,
  /** A login-challenge went out; its login-proof is awaited. */
  CHALLENGED,
  /** A device is logged in on this connection. */
  LOGGED_IN,
  /** A logout is being carried out; ok and the close follow. */
  LOGGING_OUT,
  /** A close frame went out; the connection ends on the client's close or after a grace period. */
  CLOSING;

  boolean beforeLogin() {
    return this == AWAITING_LOGIN || this == CHALLENGED;
  }
}
