package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.function.Function;
import org.mplp.conformance.driver.Connection;
import org.mplp.conformance.driver.FrameWriter;
import org.mplp.conformance.driver.Inbox;
import org.mplp.conformance.driver.Peer;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.Waits;
import org.mplp.conformance.driver.WireEvent;

/**
 * One client of a scenario: its connection, its binding's frame writer, the ids it used, and what
 * it received, sorted by its {@link Inbox}.
 */
final class Client implements Peer {
  private final String name;
  private final String idPrefix;
  private final Connection connection;
  private final FrameWriter writer;
  private final Waits waits;
  private final Inbox inbox;
  private int nextId = 1;
  private int sent;
  private ReceivedFrame welcome;
  private int beforeLogin;
  private boolean loggedIn;
  private int maxBeforeLogin;

  Client(String name, Connection connection, FrameWriter writer, Waits waits) {
    this(name, name.substring(0, 1), connection, writer, waits);
  }

  /** A client whose frame ids start with {@code idPrefix}, so transcripts tell clients apart. */
  Client(String name, String idPrefix, Connection connection, FrameWriter writer, Waits waits) {
    this.name = name;
    this.idPrefix = idPrefix;
    this.connection = connection;
    this.writer = writer;
    this.waits = waits;
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

  /**
   * Sends a text message at the connection's pace and counts it as a frame that wants an answer.
   */
  @Override
  public void send(String text) {
    guardBeforeLogin();
    sent++;
    connection.send(text);
  }

  /** As {@link #send(String)}, with a summary in the transcript in place of the frame. */
  void sendQuietly(String text, String summary) {
    guardBeforeLogin();
    sent++;
    connection.sendQuietly(text, summary);
  }

  /**
   * Keeps the kit within maxFramesBeforeLogin (spec: Login, Before login) unless the scenario is
   * about that limit: a scenario that needs more frames before its login than the target allows
   * shows nothing of what it checks.
   */
  void limitFramesBeforeLogin(int max) {
    maxBeforeLogin = max;
  }

  private void guardBeforeLogin() {
    if (welcome == null || loggedIn || maxBeforeLogin <= 0) {
      return;
    }
    if (++beforeLogin > maxBeforeLogin) {
      throw Verdicts.notApplicable(
          "the scenario sends more frames before its login than maxFramesBeforeLogin "
              + maxBeforeLogin);
    }
  }

  /** As any peer's, noting a login-ok: from then on, no frame counts before login. */
  @Override
  public WireEvent exchange(String id, String text) {
    WireEvent answer = Peer.super.exchange(id, text);
    if (answer instanceof WireEvent.Frame f && f.frame().is("login-ok")) {
      loggedIn = true;
    }
    return answer;
  }

  /** Sends a text message at once, whatever the pace: a burst the scenario makes on purpose. */
  void sendAtOnce(String text) {
    sent++;
    connection.sendAtOnce(text);
  }

  /** Sends the frame built with a fresh id and waits for what answers it. */
  Asked ask(Function<String, ObjectNode> frameWithId) {
    String id = newId();
    ObjectNode frame = frameWithId.apply(id);
    return new Asked(frame.path("type").asText(), id, exchange(id, frame));
  }

  @Override
  public Inbox inbox() {
    return inbox;
  }

  /** How long to wait for a frame the spec says comes at once. */
  @Override
  public Duration timeout() {
    return waits.atOnce();
  }

  @Override
  public void awaitPace() {
    connection.awaitFullPace();
  }

  Waits waits() {
    return waits;
  }

  int sentCount() {
    return sent;
  }

  /** The next frame that is not sent unasked (those wait in the inbox), or what came instead. */
  WireEvent next() {
    return inbox.next(timeout());
  }

  WireEvent next(Duration wait) {
    return inbox.next(wait);
  }

  ReceivedFrame welcome() {
    return welcome;
  }

  void welcomed(ReceivedFrame frame) {
    this.welcome = frame;
  }
}
