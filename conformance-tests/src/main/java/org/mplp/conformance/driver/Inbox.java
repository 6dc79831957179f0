package org.mplp.conformance.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a logged-in connection receives, sorted: answers to the frames it sent, and what the server
 * sends unasked (device-events, messages, delivered and undeliverable receipts), which may arrive
 * between a frame and its answer. Those wait here until a step takes them.
 */
public final class Inbox {
  /** Where events come from: a connection, or a script in tests. */
  public interface Source {
    /** The next event, waiting at most {@code wait}; {@link WireEvent.Nothing} when none came. */
    WireEvent next(Duration wait);
  }

  private final Source connection;
  private final List<ReceivedFrame> pending = new ArrayList<>();
  private final List<ReceivedFrame> allEvents = new ArrayList<>();

  public Inbox(Connection connection) {
    this(connection::next);
  }

  public Inbox(Source source) {
    this.connection = source;
  }

  /**
   * The answer to the frame {@code id}, or whatever ended the wait instead: another frame that is
   * no device-event (a fatal error, an answer to another frame), a close, or silence.
   */
  public WireEvent answerTo(String id, Duration wait) {
    return nextNotUnasked(wait);
  }

  /** The next event that is not a valid frame sent unasked, keeping those until steps take them. */
  private WireEvent nextNotUnasked(Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      WireEvent event = connection.next(left(deadline));
      if (event instanceof WireEvent.Frame f && isEvent(f.frame()) && f.frame().valid()) {
        keep(f.frame());
        continue;
      }
      return event;
    }
  }

  /** The first unasked frame not taken yet that matches, waiting for it at most {@code wait}. */
  public Optional<ReceivedFrame> takeEvent(Predicate<ReceivedFrame> matching, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      for (Iterator<ReceivedFrame> it = pending.iterator(); it.hasNext(); ) {
        ReceivedFrame event = it.next();
        if (matching.test(event)) {
          it.remove();
          return Optional.of(event);
        }
      }
      if (System.nanoTime() - deadline >= 0) {
        return Optional.empty();
      }
      WireEvent event = connection.next(left(deadline));
      if (event instanceof WireEvent.Frame f && isEvent(f.frame())) {
        keep(f.frame());
      } else if (!(event instanceof WireEvent.Frame)) {
        return Optional.empty(); // closed, or nothing arrived in time
      }
      // any other frame here is unsolicited; the scenario's frame checks judge it
    }
  }

  /**
   * Waits for the connection to end (the server's close, or a drop), keeping device-events; returns
   * that end, or what came instead: a frame that is no device-event, or silence.
   */
  public WireEvent awaitEnd(Duration wait) {
    return nextNotUnasked(wait);
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

  private void keep(ReceivedFrame event) {
    pending.add(event);
    allEvents.add(event);
  }

  /**
   * A frame sent unasked: one without {@code replyTo} of a type whose schema lets it come without
   * (device-event, message, a transfer or settings that changed...). An error without {@code
   * replyTo} is never one: it answers a frame the server could not read, or ends the session.
   */
  private static boolean isEvent(ReceivedFrame frame) {
    return frame.type() != null
        && !frame.is("error")
        && frame.replyTo() == null
        && FrameSchemas.spec().mayComeUnasked(frame.type());
  }

  private static Duration left(long deadline) {
    return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
  }
}
