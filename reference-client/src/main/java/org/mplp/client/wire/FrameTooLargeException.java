package org.mplp.client.wire;

/**
 * A frame longer than the server's {@code maxFrameBytes}: it is not sent, the server would close.
 */
public final class FrameTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public FrameTooLargeException(String type, int bytes, int limit) {
    super(type + " frame of " + bytes + " bytes is longer than the server's limit of " + limit);
  }
}
