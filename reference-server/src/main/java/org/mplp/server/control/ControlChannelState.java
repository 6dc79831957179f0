package org.mplp.server.control;

/** Where a control channel is in its life (spec: Opening exchange). */
enum ControlChannelState {
  /** Upgraded; only hello is taken, within helloTimeoutSeconds. */
  AWAITING_HELLO,
  /** Hello answered with welcome; frames of the version are taken. */
  OPEN,
  /** A close frame went out; the connection ends on the client's close or after a grace period. */
  CLOSING
}
