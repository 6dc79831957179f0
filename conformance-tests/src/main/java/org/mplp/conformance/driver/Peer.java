package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/** One open connection of a scenario as the driver's flows use it: ids, frames, what arrives. */
public interface Peer {
  /** How often a frame refused as rate-limited is sent again before its refusal stands. */
  int RESENDS = 3;

  /** A fresh frame id. */
  String newId();

  /** Sends a frame's text (and counts it). */
  void send(String text);

  /** Writes frames in the connection's binding. */
  FrameWriter writer();

  /** Sends a frame built by {@link Frames}, written in the connection's binding. */
  default void send(ObjectNode frame) {
    send(writer().write(frame));
  }

  Inbox inbox();

  /** How long to wait for an answer, which the spec says comes at once. */
  Duration timeout();

  /** Waits until the server's frame-rate limit takes a burst again; at once where none applies. */
  default void awaitPace() {}

  /**
   * Sends the frame {@code id} and returns its answer (or what came instead). A frame refused as
   * rate-limited was discarded unread (spec: Limits), so it goes again once the pace allows it: a
   * network that bunched the kit's frames up must not decide a scenario about something else.
   */
  default WireEvent exchange(String id, ObjectNode frame) {
    String text = writer().write(frame);
    return exchange(id, text);
  }

  /** {@link #exchange(String, ObjectNode)} for a frame already written. */
  default WireEvent exchange(String id, String text) {
    for (int attempt = 1; ; attempt++) {
      send(text);
      WireEvent answer = inbox().answerTo(id, timeout());
      boolean limited =
          answer instanceof WireEvent.Frame f
              && f.frame().is("error")
              && "rate-limited".equals(f.frame().code())
              && id.equals(f.frame().replyTo());
      if (!limited || attempt > RESENDS) {
        return answer;
      }
      awaitPace();
    }
  }

  /** The same peer, writing the frames it builds with {@code writer}. */
  static Peer writingWith(Peer peer, FrameWriter writer) {
    return new Peer() {
      @Override
      public String newId() {
        return peer.newId();
      }

      @Override
      public void send(String text) {
        peer.send(text);
      }

      @Override
      public FrameWriter writer() {
        return writer;
      }

      @Override
      public Inbox inbox() {
        return peer.inbox();
      }

      @Override
      public Duration timeout() {
        return peer.timeout();
      }

      @Override
      public void awaitPace() {
        peer.awaitPace();
      }

      @Override
      public WireEvent exchange(String id, String text) {
        return peer.exchange(id, text);
      }
    };
  }
}
