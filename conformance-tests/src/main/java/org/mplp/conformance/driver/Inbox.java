package org.mplp.conformance.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a connection receives, sorted. Answers are matched to the frame they answer by their {@code
 * replyTo}; frames a server sends of its own accord (device-events, messages, receipts, transfers,
 * progress, settings) may arrive at any time, also between a frame and its answer, and wait here
 * until a step takes them, as do answers to frames no step is waiting for yet. Nothing a server may
 * send unasked is ever mistaken for an answer.
 */
public final class Inbox {
  /** Where events come from: a connection, or a script in tests. */
  public interface Source {
    /** The next event, waiting at most {@code wait}; {@link WireEvent.Nothing} when none came. */
    WireEvent next(Duration wait);
  }

  private final Source connection;

  /** Frames sent unasked that no step took yet, in order of arrival. */
  private final List<ReceivedFrame> pending = new ArrayList<>();

  /** Every frame sent unasked, taken or not. */
  private final List<ReceivedFrame> allEvents = new ArrayList<>();

  /** Answers (and errors naming no frame) that no wait claimed yet, in order of arrival. */
  private final List<ReceivedFrame> answers = new ArrayList<>();

  public Inbox(Connection connection) {
    this(connection::next);
  }

  public Inbox(Source source) {
    this.connection = source;
  }

  /**
   * The answer to the frame {@code id}: the first frame whose {@code replyTo} is {@code id}; or
   * what ended the wait instead: an error that names no frame (the server could not read the id, or
   * the session ends), a message that is no valid frame, a close, or silence.
   */
  public WireEvent answerTo(String id, Duration wait) {
    for (Iterator<ReceivedFrame> it = answers.iterator(); it.hasNext(); ) {
      ReceivedFrame answer = it.next();
      if (id.equals(answer.replyTo()) || answer.replyTo() == null) {
        it.remove();
        return new WireEvent.Frame(answer);
      }
    }
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      WireEvent event = connection.next(left(deadline));
      if (!(event instanceof WireEvent.Frame f) || !f.frame().valid()) {
        return event;
      }
      ReceivedFrame frame = f.frame();
      if (isUnasked(frame)) {
        keep(frame);
      } else if (id.equals(frame.replyTo()) || frame.replyTo() == null) {
        return event;
      } else {
        answers.add(frame); // the answer to another frame, for the step that waits for it
      }
    }
  }

  /**
   * The next frame that is not sent unasked, in order of arrival: answers kept earlier first. For
   * steps that read a connection frame by frame (before login, after a burst); frames sent unasked
   * wait for the steps that take them.
   */
  public WireEvent next(Duration wait) {
    if (!answers.isEmpty()) {
      return new WireEvent.Frame(answers.remove(0));
    }
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      WireEvent event = connection.next(left(deadline));
      if (event instanceof WireEvent.Frame f && f.frame().valid() && isUnasked(f.frame())) {
        keep(f.frame());
        continue;
      }
      return event;
    }
  }

  /**
   * The first frame sent unasked not taken yet that matches, waiting for it at most {@code wait}.
   */
  public Optional<ReceivedFrame> takeEvent(Predicate<ReceivedFrame> matching, Duration wait) {
    return take(pending, matching, wait, true);
  }

  /**
   * The first frame of any kind not taken yet that matches, waiting for it at most {@code wait}:
   * for steps that look for a frame by its content, whether it answers or came unasked.
   */
  public Optional<ReceivedFrame> take(Predicate<ReceivedFrame> matching, Duration wait) {
    Optional<ReceivedFrame> answer = first(answers, matching);
    if (answer.isPresent()) {
      return answer;
    }
    return take(pending, matching, wait, false);
  }

  private Optional<ReceivedFrame> take(
      List<ReceivedFrame> kept,
      Predicate<ReceivedFrame> matching,
      Duration wait,
      boolean unaskedOnly) {
    Optional<ReceivedFrame> found = first(kept, matching);
    if (found.isPresent()) {
      return found;
    }
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() - deadline < 0) {
      WireEvent event = connection.next(left(deadline));
      if (!(event instanceof WireEvent.Frame f)) {
        return Optional.empty(); // closed, or nothing arrived in time
      }
      ReceivedFrame frame = f.frame();
      boolean unasked = frame.valid() && isUnasked(frame);
      if (unasked) {
        allEvents.add(frame);
      }
      if ((unasked || !unaskedOnly) && frame.valid() && matching.test(frame)) {
        return Optional.of(frame);
      }
      if (unasked) {
        pending.add(frame);
      } else if (frame.valid()) {
        answers.add(frame);
      }
      // a message that is no valid frame: the scenario's frame checks report it
    }
    return Optional.empty();
  }

  /**
   * Waits for the connection to end (the server's close, or a drop), keeping frames sent unasked;
   * returns that end, or what came instead: a frame that is not sent unasked, or silence.
   */
  public WireEvent awaitEnd(Duration wait) {
    return next(wait);
  }

  /** Every device-event received so far, taken or not, in order of arrival. */
  public List<ReceivedFrame> events() {
    return received("device-event");
  }

  /** Every unasked frame of that type received so far, taken or not, in order of arrival. */
  public List<ReceivedFrame> received(String type) {
    return allEvents.stream().filter(f -> f.is(type)).toList();
  }

  /** The unasked frames of that type not taken yet, in order of arrival. */
  public List<ReceivedFrame> waiting(String type) {
    return pending.stream().filter(f -> f.is(type)).toList();
  }

  private static Optional<ReceivedFrame> first(
      List<ReceivedFrame> kept, Predicate<ReceivedFrame> matching) {
    for (Iterator<ReceivedFrame> it = kept.iterator(); it.hasNext(); ) {
      ReceivedFrame frame = it.next();
      if (matching.test(frame)) {
        it.remove();
        return Optional.of(frame);
      }
    }
    return Optional.empty();
  }

  private void keep(ReceivedFrame event) {
    pending.add(event);
    allEvents.add(event);
  }

  /**
   * A frame sent unasked: one without {@code replyTo} of a type whose schema lets it come without
   * (device-event, message, a transfer or settings that changed...). An error without {@code
   * replyTo} is never one: it answers a frame the server could not read, or ends the session.
   */
  public static boolean isUnasked(ReceivedFrame frame) {
    return frame.type() != null
        && !frame.is("error")
        && frame.replyTo() == null
        && FrameSchemas.spec().mayComeUnasked(frame.type());
  }

  private static Duration left(long deadline) {
    return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
  }
}
