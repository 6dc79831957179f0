package org.mplp.conformance.steps;

import java.time.Duration;
import org.mplp.conformance.driver.Connection;
import org.mplp.conformance.driver.FrameTexts;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.WireEvent;

/** One client of a scenario: its connection, its frame builder, the ids it used. */
final class Client {
  private final String name;
  private final Connection connection;
  private final FrameTexts texts;
  private int nextId = 1;
  private int sent;
  private ReceivedFrame welcome;

  Client(String name, Connection connection, FrameTexts texts) {
    this.name = name;
    this.connection = connection;
    this.texts = texts;
  }

  String name() {
    return name;
  }

  Connection connection() {
    return connection;
  }

  FrameTexts texts() {
    return texts;
  }

  /** A fresh frame id, readable in transcripts: first client f1, f2...; second s1, s2... */
  String newId() {
    return name.charAt(0) + String.valueOf(nextId++);
  }

  /** Sends a text message and counts it as a frame that wants an answer. */
  void send(String text) {
    sent++;
    connection.send(text);
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
