package org.mplp.conformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.mplp.conformance.driver.FrameWriter;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.RawWebSocket;
import org.mplp.conformance.driver.RunSettings;
import org.mplp.conformance.driver.WireEvent;

/**
 * A connection of the kit's own WebSocket client, which sends each frame as one unfragmented
 * WebSocket frame: the JDK's client may split a long text, and then a limit on single WebSocket
 * frames is never met (spec: Limits, REQ-LIMIT-001).
 */
public final class RawFrameSteps {
  private static final String WHO = "unfragmented";

  private final World world;
  private RawPeer peer;

  public RawFrameSteps(World world) {
    this.world = world;
  }

  @Given("a connection that sends each frame unfragmented has completed the opening exchange")
  public void opened() {
    RunSettings run = world.run();
    RawWebSocket socket =
        RawWebSocket.open(
            WHO,
            run.target(),
            run.binding(),
            world.transcript(),
            run.timeout(),
            run.framesPerSecond());
    peer =
        new RawPeer(socket, FrameWriter.forBinding(run.binding()), world.waits().atOnce(), "raw-");
    WireEvent welcome = peer.exchange("raw-hello", Frames.hello("raw-hello", List.of("1.0")));
    Expect.that(
        welcome instanceof WireEvent.Frame f && f.frame().is("welcome"),
        "REQ-OPEN-001",
        "a welcome replying to raw-hello",
        welcome.describe());
  }

  @When(
      "that connection sends a ping with id {word} padded with whitespace to exactly maxFrameBytes"
          + " bytes, in one WebSocket frame")
  public void exactlyMaxInOneFrame(String id) {
    int bytes = world.limit("maxFrameBytes");
    peer.send(peer.writer().padded(Frames.ping(id), bytes));
  }

  @Then("that connection receives a pong replying to {word}")
  public void pong(String id) {
    WireEvent answer = peer.inbox().answerTo(id, peer.timeout());
    Expect.that(
        answer instanceof WireEvent.Frame f && f.frame().is("pong"),
        world,
        "a pong replying to " + id,
        answer.describe());
  }

  @After
  public void close() {
    if (peer != null) {
      peer.socket().close();
    }
  }
}
