package org.mplp.spec.model;

/**
 * A refused frame, or the reason for a close (spec: Errors). {@code replyTo} and {@code location}
 * are null when absent.
 */
public record ErrorFrame(
    String replyTo, String code, boolean fatal, String message, String location) implements Reply {
  public static final String TYPE = "error";

  /** An error frame for a registered code, with its registered fatality and no location. */
  public static ErrorFrame of(ErrorCode code, String replyTo, String message) {
    return new ErrorFrame(replyTo, code.code(), code.fatal(), message, null);
  }

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitErrorFrame(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
