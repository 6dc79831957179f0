package org.mplp.conformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.mplp.conformance.driver.FrameReader;
import org.mplp.conformance.driver.FrameWriter;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.RawWebSocket;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.RunSettings;

/**
 * A connection of the kit's own WebSocket client, which sends each frame as one unfragmented
 * WebSocket frame: the JDK's client may split a long text, and then a limit on single WebSocket
 * frames is never met (spec: Limits, REQ-LIMIT-001).
 */
public final class RawFrameSteps {
  private static final String WHO = "unfragmented";

  private final World world;
  private RawWebSocket socket;
  private FrameWriter writer;
  private FrameReader reader;

  public RawFrameSteps(World world) {
    this.world = world;
  }

  @Given("a connection that sends each frame unfragmented has completed the opening exchange")
  public void opened() {
    RunSettings run = world.run();
    writer = FrameWriter.forBinding(run.binding());
    reader = FrameReader.forBinding(run.binding());
    socket = RawWebSocket.open(run.target(), run.binding(), run.timeout(), world.transcript(), WHO);
    socket.sendText(writer.write(Frames.hello("raw-hello", List.of("1.0"))));
    ReceivedFrame welcome = next();
    Expect.that(
        welcome != null && welcome.is("welcome") && "raw-hello".equals(welcome.replyTo()),
        "REQ-OPEN-001",
        "a welcome replying to raw-hello",
        welcome == null ? "none arrived" : "received " + welcome.describe());
  }

  @When(
      "that connection sends a ping with id {word} padded with whitespace to exactly maxFrameBytes"
          + " bytes, in one WebSocket frame")
  public void exactlyMaxInOneFrame(String id) {
    pace();
    int bytes = world.limit("maxFrameBytes");
    socket.sendText(writer.padded(Frames.ping(id), bytes));
  }

  @Then("that connection receives a pong replying to {word}")
  public void pong(String id) {
    ReceivedFrame answer = next();
    Expect.that(
        answer != null && answer.is("pong") && id.equals(answer.replyTo()),
        world,
        "a pong replying to " + id,
        answer == null
            ? "none arrived: the connection closed or stayed silent"
            : answer.describe());
  }

  /** One frame's share of a second at the target's maxFramesPerSecond, so no frame is refused. */
  private void pace() {
    int perSecond = world.run().framesPerSecond();
    if (perSecond <= 0) {
      return;
    }
    try {
      Thread.sleep(1000L / perSecond + 1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pacing", e);
    }
  }

  private ReceivedFrame next() {
    String text = socket.nextText();
    return text == null ? null : reader.read(text);
  }

  @After
  public void close() {
    if (socket != null) {
      socket.close();
    }
  }
}
