package org.mplp.conformance.steps;

import java.util.List;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.Reachability;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.Texts;
import org.mplp.conformance.driver.Violation;
import org.mplp.conformance.driver.WireEvent;

/** Reading what the server sent, failing with a sentence when it is not what a step expects. */
final class Receive {
  /** What the JDK reports when a connection ends without a close frame (RFC 6455: 1006). */
  private static final int ABNORMAL_CLOSURE = 1006;

  /** How long a frame that should not come gets to show up before the kit looks. */
  private static final long SETTLE_MILLIS = 200;

  private Receive() {}

  /** The next frame; a close, silence or an invalid frame fails the expectation. */
  static ReceivedFrame frame(World world, Client client, String expected) {
    WireEvent event = client.next();
    if (event instanceof WireEvent.Frame f) {
      valid(f.frame());
      return f.frame();
    }
    throw unexpected(world, expected, event);
  }

  /**
   * The failure for an event a step did not expect. A connection that ended without a close frame
   * may mean the target went away: then it is the environment's error, not an assertion.
   */
  static AssertionError unexpected(World world, String expected, WireEvent event) {
    return unexpected(world, world.requirements(), expected, event);
  }

  static AssertionError unexpected(
      World world, List<String> requirements, String expected, WireEvent event) {
    boolean abnormal =
        event instanceof WireEvent.Dropped
            || event instanceof WireEvent.Closed c && c.code() == ABNORMAL_CLOSURE;
    if (abnormal) {
      Reachability.requireReachable(world.run().target(), world.run().timeout());
    }
    if (event instanceof WireEvent.Frame f) {
      valid(f.frame());
    }
    return Expect.failure(requirements, expected, event.describe());
  }

  /** Fails for the first message the client received that was not one valid frame. */
  static void failWithInvalidFrames(Client client) {
    client.connection().received().forEach(Receive::valid);
  }

  /**
   * The fatal error that ends the client's session, waiting past the frames it is sent unasked; a
   * close, silence or another frame fails the expectation.
   */
  static ReceivedFrame fatalError(World world, Client client, String code, String expected) {
    WireEvent event = client.inbox().awaitEnd(client.timeout());
    if (!(event instanceof WireEvent.Frame f)) {
      throw unexpected(world, expected, event);
    }
    valid(f.frame());
    Expect.that(
        f.frame().is("error")
            && code.equals(f.frame().code())
            && Boolean.TRUE.equals(f.frame().fatal()),
        world,
        expected,
        "it received " + f.frame().describe());
    return f.frame();
  }

  /** Waits a moment, then pings: every frame sent before the pong has arrived by then. */
  static void settle(World world, Client client) {
    try {
      Thread.sleep(SETTLE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
    String id = client.newId();
    client.send(Frames.ping(id));
    WireEvent pong = client.inbox().answerTo(id, client.timeout());
    if (!(pong instanceof WireEvent.Frame f && f.frame().is("pong"))) {
      throw unexpected(world, "a pong replying to " + id, pong);
    }
  }

  /** The next frame, which must be an error. */
  static ReceivedFrame error(World world, Client client, String expected) {
    ReceivedFrame frame = frame(world, client, expected);
    Expect.that(frame.is("error"), world, expected, "received " + frame.describe());
    return frame;
  }

  /** Fails when the server's message was not one valid frame (REQ-TRANSPORT-007/008). */
  static void valid(ReceivedFrame frame) {
    if (!frame.valid()) {
      Violation v = frame.violations().get(0);
      throw Expect.failure(
          List.of(v.requirement()),
          "every message from the server to be one valid frame of the connection's binding",
          "received " + Texts.abbreviate(frame.text(), 200) + " where " + v.message());
    }
  }

  /**
   * Fails when a frame a device was sent unasked on its connection arrived before the login-ok of
   * that connection: what waited for a device comes after the login-ok of its next login.
   */
  static void afterLoginOk(Device device, ReceivedFrame frame, String requirement) {
    List<ReceivedFrame> received = device.client().connection().received();
    int loginOk = -1;
    int at = -1;
    for (int i = 0; i < received.size(); i++) {
      loginOk = loginOk < 0 && received.get(i).is("login-ok") ? i : loginOk;
      at = at < 0 && received.get(i) == frame ? i : at;
    }
    Expect.that(
        loginOk >= 0 && at > loginOk,
        requirement,
        "the " + frame.type() + " to reach " + device.the() + " after the login-ok of its login",
        loginOk < 0 ? "the connection has no login-ok" : "it arrived before the login-ok");
  }
}
