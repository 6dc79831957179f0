package org.mplp.client;

import java.io.IOException;

/** The control channel closed before the answer to a frame came. */
public final class ConnectionLostException extends IOException {
  private static final long serialVersionUID = 1L;

  public ConnectionLostException(String message) {
    super(message);
  }
}
