package org.mplp.client.wire;

import java.io.IOException;

/** No control channel could be opened: the server is down, the address is wrong, TLS failed. */
public final class UnreachableException extends IOException {
  private static final long serialVersionUID = 1L;

  public UnreachableException(String message, Throwable cause) {
    super(message, cause);
  }
}
