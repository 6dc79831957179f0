package org.mplp.conformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.mplp.conformance.driver.DriverException;
import org.mplp.conformance.driver.RawHttp;
import org.mplp.conformance.driver.Waits;

/**
 * The kit's address holding as many connections as the target takes from one address, and one more
 * (spec: Limits, Slow and many connections, REQ-LIMIT-009).
 */
public final class ConnectionCapSteps {
  /** The most connections the kit holds at once; its machine's descriptors are not unbounded. */
  static final int MOST = 4096;

  private final World world;
  private final List<Socket> held = new ArrayList<>();
  private RawHttp.Answer beyond;
  private String silence;

  public ConnectionCapSteps(World world) {
    this.world = world;
  }

  @After
  public void letGo() {
    for (Socket socket : held) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    held.clear();
  }

  private RawHttp http() {
    return new RawHttp(
        world.run().controlChannelHttp(), world.waits().atOnce(), world.transcript());
  }

  /**
   * Connections that send nothing: the spec counts every connection the server accepted and has not
   * closed (CHOICE-LIMIT-05). The kit's other connections, if any, count as well; the server may
   * then close some of these at once, which is right and not judged.
   */
  @Given("the kit holds maxConnectionsPerAddress connections open to the target")
  public void holdAll() {
    int cap = world.limit("maxConnectionsPerAddress");
    if (cap > MOST) {
      throw Verdicts.notVerified(
          "maxConnectionsPerAddress is " + cap + "; the kit holds at most " + MOST + " at once");
    }
    for (int i = 0; i < cap; i++) {
      try {
        held.add(http().hold());
      } catch (IOException e) {
        throw new DriverException("cannot open connection " + (i + 1) + " of " + cap + ": " + e, e);
      }
    }
    world.transcript().note("kit", "holds " + cap + " connections that send nothing");
    // The spec counts what the server has accepted; connections still in its backlog do not
    // count yet. A second lets any server take them all before the one beyond.
    try {
      Thread.sleep(Waits.TOLERANCE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while holding connections", e);
    }
  }

  @When("it opens one more and asks it for the discovery document")
  public void oneMore() {
    String request =
        "GET /.well-known/mplp HTTP/1.1\r\nHost: "
            + world.run().controlChannelHttp().getRawAuthority()
            + "\r\n\r\n";
    try {
      beyond =
          http()
              .exchangeOrClosed(
                  "one more", "GET /.well-known/mplp on one more connection", request);
    } catch (DriverException e) {
      silence = e.getMessage();
    }
  }

  @Then("that connection is closed without an answer")
  public void closedUnanswered() {
    String actual =
        beyond == null ? "it stayed open without an answer (" + silence + ")" : beyond.describe();
    Expect.that(
        beyond != null && beyond.closedWithoutAnswer(),
        world,
        "the connection beyond maxConnectionsPerAddress "
            + world.limit("maxConnectionsPerAddress")
            + " to be closed at once, without an answer",
        actual);
  }

  /** The server counts a connection until it has seen it close: that may take a moment. */
  @Then("once the kit lets its connections go, a new connection gets the discovery document")
  public void roomAgain() throws InterruptedException {
    letGo();
    String request =
        "GET /.well-known/mplp HTTP/1.1\r\nHost: "
            + world.run().controlChannelHttp().getRawAuthority()
            + "\r\nConnection: close\r\n\r\n";
    long deadline = System.nanoTime() + world.waits().atOnce().toNanos();
    RawHttp.Answer answer;
    do {
      Thread.sleep(200);
      answer = http().exchangeOrClosed("afterwards", "GET /.well-known/mplp", request);
    } while (answer.status() != 200 && System.nanoTime() < deadline);
    Expect.that(
        answer.status() == 200,
        world,
        "the discovery document on a new connection once the kit's connections are closed",
        answer.describe());
  }
}
