package org.mplp.conformance.driver;

/** What a connection delivers to a waiting step: a frame, a close, or a dropped connection. */
public sealed interface WireEvent {

  /** A text message, read as a frame of the connection's binding. */
  record Frame(ReceivedFrame frame) implements WireEvent {}

  /** A binary message from the server (never legal in MPLP, kept to report it). */
  record Binary(int length) implements WireEvent {}

  /** The server's close frame. */
  record Closed(int code, String reason) implements WireEvent {}

  /** The connection ended without a close frame (code 1006 in WebSocket terms). */
  record Dropped(String why) implements WireEvent {}

  /** Nothing arrived in time. */
  record Nothing(long waitedMillis) implements WireEvent {}

  default boolean terminal() {
    return this instanceof Closed || this instanceof Dropped;
  }

  /** Says what arrived, for assertion messages. */
  default String describe() {
    if (this instanceof Frame f) {
      return "received " + f.frame().describe();
    } else if (this instanceof Binary b) {
      return "received a binary message of " + b.length() + " bytes";
    } else if (this instanceof Closed c) {
      return "the connection was closed with code "
          + c.code()
          + (c.reason().isEmpty() ? " and no reason" : " and reason " + c.reason());
    } else if (this instanceof Dropped d) {
      return "the connection ended without a close frame (" + d.why() + ")";
    }
    return "nothing arrived within " + ((Nothing) this).waitedMillis() + " ms";
  }
}
