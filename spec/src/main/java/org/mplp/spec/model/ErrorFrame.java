package org.mplp.spec.model;

/**
 * A refused frame, or the reason for a close (spec: Errors). {@code replyTo}, {@code location} and
 * {@code retryAfterSeconds} are null when absent; the last is set on {@code locked-out} (spec:
 * Login, REQ-LOGIN-025).
 */
public record ErrorFrame(
    String replyTo,
    String code,
    boolean fatal,
    String message,
    String location,
    Integer retryAfterSeconds)
    implements Reply {
  public static final String TYPE = "error";

  /** An error frame for a registered code, with its registered fatality and nothing else. */
  public static ErrorFrame of(ErrorCode code, String replyTo, String message) {
    return new ErrorFrame(replyTo, code.code(), code.fatal(), message, null, null);
  }

  /** A schema violation or another refusal that names where in the frame the fault is. */
  public static ErrorFrame at(ErrorCode code, String replyTo, String message, String location) {
    return new ErrorFrame(replyTo, code.code(), code.fatal(), message, location, null);
  }

  /** A refusal that a later try may pass, {@code seconds} from now. */
  public static ErrorFrame retryLater(ErrorCode code, String replyTo, String message, int seconds) {
    return new ErrorFrame(replyTo, code.code(), code.fatal(), message, null, seconds);
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
