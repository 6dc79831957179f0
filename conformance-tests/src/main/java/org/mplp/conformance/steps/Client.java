package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.function.Function;
import org.mplp.conformance.driver.Connection;
import org.mplp.conformance.driver.FrameWriter;
import org.mplp.conformance.driver.Inbox;
import org.mplp.conformance.driver.Peer;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.WireEvent;

/** One client of a scenario: its connection, its binding's frame writer, the ids it used. */
final class Client implements Peer {
  private final String name;
  private final String idPrefix;
  private final Connection connection;
  private final FrameWriter writer;
  private final Inbox inbox;
  private int nextId = 1;
  private int sent;
  private ReceivedFrame welcome;

  Client(String name, Connection connection, FrameWriter writer) {
    this(name, name.substring(0, 1), connection, writer);
  }

  /** A client whose frame ids start with {@code idPrefix}, so transcripts tell clients apart. */
  Client(String name, String idPrefix, Connection connection, FrameWriter writer) {
    this.name = name;
    this.idPrefix = idPrefix;
    this.connection = connection;
    this.writer = writer;
    this.inbox = new Inbox(connection);
  }

  String name() {
    return name;
  }

  Connection connection() {
    return connection;
  }

  @Override
  public FrameWriter writer() {
    return writer;
  }

  /** A fresh frame id, readable in transcripts: first client f1, f2...; second s1, s2... */
  @Override
  public String newId() {
    return idPrefix + nextId++;
  }

  /** Sends a text message and counts it as a frame that wants an answer. */
  @Override
  public void send(String text) {
    sent++;
    connection.send(text);
  }

  /** Sends the frame built with a fresh id and waits for what answers it. */
  Asked ask(Function<String, ObjectNode> frameWithId) {
    String id = newId();
    ObjectNode frame = frameWithId.apply(id);
    send(frame);
    return new Asked(frame.path("type").asText(), id, inbox.answerTo(id, timeout()));
  }

  @Override
  public Inbox inbox() {
    return inbox;
  }

  @Override
  public Duration timeout() {
    return connection.timeout();
  }

  int sentCount() {
    return sent;
  }

  WireEvent next() {
    return connection.next(connection.timeout());
  }

  WireEvent next(Duration wait) {
    return connection.next(wait);
  }

  ReceivedFrame welcome() {
    return welcome;
  }

  void welcomed(ReceivedFrame frame) {
    this.welcome = frame;
  }
}
