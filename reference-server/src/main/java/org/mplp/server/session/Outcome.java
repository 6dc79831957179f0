package org.mplp.server.session;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.mplp.spec.model.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a service did with a frame: an answer, or the error code that refuses the frame.
 *
 * @param value the answer; null when refused
 * @param refusal null when answered
 * @param retryAfterSeconds for a refusal that a later try may pass, when it may come; else null
 */
public record Outcome<T>(T value, ErrorCode refusal, String message, Integer retryAfterSeconds) {

  private static final Logger LOG = LoggerFactory.getLogger(Outcome.class);

  public static <T> Outcome<T> done(T value) {
    return new Outcome<>(value, null, null, null);
  }

  public static <T> Outcome<T> refused(ErrorCode code, String message) {
    return new Outcome<>(null, code, message, null);
  }

  /** A login refused by a lockout that ends in {@code retryAfterSeconds} (REQ-LOGIN-025). */
  public static <T> Outcome<T> lockedOut(String message, int retryAfterSeconds) {
    return new Outcome<>(null, ErrorCode.LOCKED_OUT, message, retryAfterSeconds);
  }

  public boolean isRefused() {
    return refusal != null;
  }

  /** A reply for the store executor: a failure of the service becomes internal-error. */
  public static <T> BiConsumer<Outcome<T>, Throwable> replyingTo(Consumer<Outcome<T>> reply) {
    return (outcome, failure) -> {
      if (failure != null) {
        LOG.warn("a service failed", failure);
        reply.accept(refused(ErrorCode.INTERNAL_ERROR, "the server failed to handle the frame"));
      } else {
        reply.accept(outcome);
      }
    };
  }
}
