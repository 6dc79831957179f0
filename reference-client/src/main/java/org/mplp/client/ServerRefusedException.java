package org.mplp.client;

import org.mplp.spec.model.ErrorFrame;

/** The server answered a frame with an error frame (spec: Errors). */
public final class ServerRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient ErrorFrame error;

  public ServerRefusedException(ErrorFrame error) {
    super(error.code() + ": " + error.message());
    this.error = error;
  }

  public ErrorFrame error() {
    return error;
  }

  /** The registered code; act on this, never on the message (REQ-ERROR-012). */
  public String code() {
    return error.code();
  }
}
