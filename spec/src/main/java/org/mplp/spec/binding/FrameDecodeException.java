package org.mplp.spec.binding;

import org.mplp.spec.model.ErrorCode;

/** Text that is not a valid frame, with what an error frame needs to say so (spec: Errors). */
public final class FrameDecodeException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ErrorCode errorCode;
  private final String replyTo;
  private final String location;

  public FrameDecodeException(
      ErrorCode errorCode, String replyTo, String location, String message) {
    super(message);
    this.errorCode = errorCode;
    this.replyTo = replyTo;
    this.location = location;
  }

  public ErrorCode errorCode() {
    return errorCode;
  }

  /** The id of the refused frame, when it could be read and is a valid id; else null. */
  public String replyTo() {
    return replyTo;
  }

  /** Where the fault is (JSON Pointer or XML element path); null when it is the whole text. */
  public String location() {
    return location;
  }
}
