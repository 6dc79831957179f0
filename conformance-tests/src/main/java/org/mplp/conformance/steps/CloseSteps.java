package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.WireEvent;

/** How connections end, or do not: close codes and reasons, and pongs after errors. */
public final class CloseSteps {
  private final World world;

  public CloseSteps(World world) {
    this.world = world;
  }

  @Then("{actor} sees the connection closed")
  public void closed(Client client) {
    awaitClose(client, "the connection to be closed");
  }

  @Then("{actor} sees the connection closed with close code {int}")
  public void closedWith(Client client, int code) {
    String expected = "the connection to be closed with close code " + code;
    WireEvent.Closed close = awaitClose(client, expected);
    if (close.code() != code) {
      throw Receive.unexpected(world, expected, close);
    }
  }

  @Then("{actor} sees the connection closed with close code {int} and reason {word}")
  public void closedWithReason(Client client, int code, String reason) {
    String expected =
        "the connection to be closed with close code " + code + " and reason " + reason;
    WireEvent.Closed close = awaitClose(client, expected);
    Expect.that(
        close.code() == code && reason.equals(close.reason()), world, expected, close.describe());
  }

  @Then("{actor} still gets a pong for a ping")
  public void stillPongs(Client client) {
    String id = client.newId();
    String expected = "the connection to stay open and a pong to answer the ping " + id;
    WireEvent answer = client.exchange(id, Frames.ping(id));
    if (!(answer instanceof WireEvent.Frame f)) {
      throw Receive.unexpected(world, expected, answer);
    }
    Receive.valid(f.frame());
    Expect.that(
        f.frame().is("pong") && id.equals(f.frame().replyTo()),
        world,
        expected,
        "received " + f.frame().describe());
  }

  /** Skips frames (an error frame may precede the close) until the close arrives. */
  private WireEvent.Closed awaitClose(Client client, String expected) {
    while (true) {
      WireEvent event = client.next();
      if (event instanceof WireEvent.Closed close) {
        return close;
      }
      if (event instanceof WireEvent.Frame frame) {
        Receive.valid(frame.frame());
        continue;
      }
      throw Receive.unexpected(world, expected, event);
    }
  }
}
