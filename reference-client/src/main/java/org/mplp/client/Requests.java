package org.mplp.client;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.mplp.client.login.LoginFailedException;
import org.mplp.client.wire.WireConnection;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Frame;

/**
 * Frames waiting for their answer, by frame id: the answer named by {@code replyTo} completes the
 * frame's future, an error frame fails it, a lost connection fails them all (spec: Transport).
 */
final class Requests {
  private final Map<String, CompletableFuture<Frame>> waiting = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  /** A fresh frame id, unique among this client's unanswered frames. */
  String nextId() {
    return "c" + ids.incrementAndGet();
  }

  CompletableFuture<Frame> send(WireConnection connection, String id, Frame frame) {
    if (connection == null) {
      return CompletableFuture.failedFuture(new ConnectionLostException("not connected"));
    }
    CompletableFuture<Frame> answer = new CompletableFuture<>();
    waiting.put(id, answer);
    connection
        .send(frame)
        .whenComplete(
            (sent, failure) -> {
              if (failure != null && waiting.remove(id) != null) {
                Throwable cause = unwrap(failure);
                // A write that failed on a closing socket is a lost connection like any other.
                answer.completeExceptionally(
                    cause instanceof IOException && !(cause instanceof ConnectionLostException)
                        ? new ConnectionLostException(
                            "the connection failed: " + cause.getMessage())
                        : cause);
              }
            });
    return answer;
  }

  /** The future of the frame {@code replyTo} names, taken out; null when nothing waits for it. */
  CompletableFuture<Frame> take(String replyTo) {
    return replyTo == null ? null : waiting.remove(replyTo);
  }

  void answer(String replyTo, Frame frame) {
    CompletableFuture<Frame> answer = take(replyTo);
    if (answer != null) {
      answer.complete(frame);
    }
  }

  void failAll(Exception why) {
    waiting.values().forEach(answer -> answer.completeExceptionally(why));
    waiting.clear();
  }

  /** Waits for an answer at most {@code timeout}, throwing what the answer failed with. */
  static <T> T await(CompletableFuture<T> answer, Duration timeout)
      throws IOException, ServerRefusedException, LoginFailedException {
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ConnectionLostException(
          "no answer from the server within " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionLostException("interrupted while waiting for the server");
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof ServerRefusedException refused) {
        throw refused;
      }
      if (cause instanceof LoginFailedException failed) {
        throw failed;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(cause);
    }
  }

  static Throwable unwrap(Throwable t) {
    Throwable cause = t;
    while ((cause instanceof ExecutionException || cause instanceof CompletionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Refusals the spec says to send again: a discarded frame, a server's passing failure. */
  static boolean isRetryable(Throwable failure) {
    return unwrap(failure) instanceof ServerRefusedException refused
        && (refused.code().equals(ErrorCode.RATE_LIMITED.code())
            || refused.code().equals(ErrorCode.INTERNAL_ERROR.code()));
  }
}
