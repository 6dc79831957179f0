package org.mplp.conformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
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

  /** How often the kit replaces connections the server closed while earlier ones still counted. */
  static final int ROUNDS = 5;

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
    // Connections of earlier scenarios that the server has not yet seen close still count, so it
    // may close some of these at once, rightly; once those are gone, the kit opens others in their
    // place, until it holds the whole count.
    for (int round = 0; round < ROUNDS; round++) {
      held.removeIf(ConnectionCapSteps::closedByServer);
      while (held.size() < cap) {
        try {
          held.add(http().hold());
        } catch (IOException e) {
          throw new DriverException("cannot open connection " + (held.size() + 1) + ": " + e, e);
        }
      }
      settle();
      if (held.stream().noneMatch(ConnectionCapSteps::closedByServer)) {
        world.transcript().note("kit", "holds " + cap + " connections that send nothing");
        return;
      }
    }
    // Other connections of the kit's address stay open for good (a client's pool of idle
    // connections, say), and each round the server closed as many of these as that takes past the
    // cap: it holds the whole count from this address now, which is what the scenario needs.
    held.removeIf(ConnectionCapSteps::closedByServer);
    if (held.isEmpty()) {
      throw new DriverException(
          "the target closed every connection the kit held, below maxConnectionsPerAddress " + cap);
    }
    world
        .transcript()
        .note(
            "kit",
            "holds "
                + held.size()
                + " connections; the server closed the rest of "
                + cap
                + " at once in each of "
                + ROUNDS
                + " rounds, so other connections from this address fill the count");
  }

  /**
   * The spec counts what the server has accepted; connections still in its backlog do not count
   * yet. A second lets any server take them all, and see earlier ones close.
   */
  private static void settle() {
    try {
      Thread.sleep(Waits.TOLERANCE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while holding connections", e);
    }
  }

  /**
   * Whether the server has closed the connection (a read that ends at once instead of waiting); the
   * kit then lets it go too.
   */
  private static boolean closedByServer(Socket socket) {
    boolean closed;
    try {
      socket.setSoTimeout(1);
      closed = socket.getInputStream().read() < 0;
    } catch (SocketTimeoutException open) {
      closed = false;
    } catch (IOException reset) {
      closed = true;
    }
    if (closed) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already gone
      }
    }
    return closed;
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
