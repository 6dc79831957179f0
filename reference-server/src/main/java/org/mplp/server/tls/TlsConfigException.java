package org.mplp.server.tls;

import java.io.IOException;

/** A TLS setting the server cannot start with; the message names the file and what is wrong. */
public final class TlsConfigException extends IOException {

  public TlsConfigException(String message) {
    super(message);
  }

  public TlsConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
