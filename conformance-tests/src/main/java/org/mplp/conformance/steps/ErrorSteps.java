package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mplp.conformance.driver.BrokenFrames;
import org.mplp.conformance.driver.ErrorRegistry;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.Violation;

/** Error frames clients receive, and what every message received must have been. */
public final class ErrorSteps {
  private final World world;

  public ErrorSteps(World world) {
    this.world = world;
  }

  @Then("{actor} receives the fatal error {word}")
  public void fatalError(Client client, String code) {
    String expected = "the fatal error " + code;
    ReceivedFrame f = Receive.error(world, client, expected);
    Expect.that(
        code.equals(f.code()) && Boolean.TRUE.equals(f.fatal()),
        world,
        expected,
        "received " + f.describe());
  }

  @Then("{actor} receives the error {word}")
  public void error(Client client, String code) {
    String expected = "the error " + code;
    ReceivedFrame f = Receive.error(world, client, expected);
    Expect.that(code.equals(f.code()), world, expected, "received " + f.describe());
  }

  @Then("{actor} receives an error replying to {word}")
  public void errorReplyingTo(Client client, String id) {
    String expected = "an error replying to " + id;
    ReceivedFrame f = Receive.error(world, client, expected);
    Expect.that(id.equals(f.replyTo()), world, expected, "received " + f.describe());
  }

  @Then("{actor} receives an error that is fatal")
  public void errorFatal(Client client) {
    ReceivedFrame f = Receive.error(world, client, "a fatal error");
    Expect.that(Boolean.TRUE.equals(f.fatal()), world, "a fatal error", "received " + f.describe());
  }

  @Then("{actor} receives an error that is not fatal")
  public void errorNotFatal(Client client) {
    ReceivedFrame f = Receive.error(world, client, "an error that is not fatal");
    Expect.that(
        Boolean.FALSE.equals(f.fatal()),
        world,
        "an error that is not fatal",
        "received " + f.describe());
  }

  @Then("the error's location identifies the second version of the hello")
  public void locationOfSecondVersion() {
    Client client = world.client("it");
    ReceivedFrame error = lastError(client);
    var accepted = BrokenFrames.helloBreakingSchemaLocations(world.run().binding());
    Expect.that(
        accepted.contains(error.location()),
        world,
        "the location of the schema-violation to be one of " + accepted,
        "it is " + (error.location() == null ? "absent" : error.location()));
  }

  @When("{device} sends {frame}")
  public void deviceSends(Device device, FrameKind frame) {
    Client client = device.client();
    client.send(frame.text(client.writer(), client.newId()));
  }

  @Then("{device} receives the error schema-violation located at the {word}'s overflowing member")
  public void overflowLocated(Device device, String type) {
    String expected = "the error schema-violation";
    ReceivedFrame f = Receive.error(world, device.client(), expected);
    var accepted = BrokenFrames.overflowingLocations(type, world.run().binding());
    Expect.that(
        "schema-violation".equals(f.code()) && accepted.contains(f.location()),
        world,
        "the error schema-violation located at one of " + accepted,
        "received " + f.describe());
  }

  @Then("{actor} receives an answer to each frame it sent")
  public void answerToEach(Client client) {
    boolean all = client.connection().awaitAnswers(client.sentCount(), client.timeout());
    long got =
        client.connection().received().stream()
            .filter(f -> !f.valid() || !org.mplp.conformance.driver.Inbox.isUnasked(f))
            .count();
    if (!all) {
      client.connection().received().forEach(Receive::valid); // a broken message explains better
    }
    Expect.that(
        all,
        "REQ-ERROR-001",
        "one answer to each of the " + client.sentCount() + " frames sent",
        got + " arrived");
  }

  @Then("{actor} receives exactly one error before the pong replying to {word}")
  public void exactlyOneErrorBefore(Client client, String id) {
    int errors = 0;
    while (true) {
      ReceivedFrame f =
          Receive.frame(world, client, "exactly one error, then a pong replying to " + id);
      if (f.is("pong") && id.equals(f.replyTo())) {
        break;
      }
      errors += f.is("error") ? 1 : 0;
    }
    Expect.that(
        errors == 1,
        world,
        "exactly one error before the pong replying to " + id,
        errors + " arrived");
  }

  @Then("every text message {actor} received carried exactly one frame")
  public void oneFramePerMessage(Client client) {
    for (ReceivedFrame f : client.connection().received()) {
      for (Violation v : f.violations()) {
        Expect.that(
            !v.requirement().equals("REQ-TRANSPORT-007"),
            world,
            "exactly one frame in each text message",
            "received " + f.text());
      }
    }
  }

  @Then("every frame {actor} received validates against the schema of its type")
  public void everyFrameValid(Client client) {
    client.connection().received().forEach(Receive::valid);
  }

  @Then("every error {actor} received carries a registered code")
  public void registeredCodes(Client client) {
    for (ReceivedFrame f : client.connection().received()) {
      if (f.is("error")) {
        Expect.that(
            ErrorRegistry.registered(f.code()),
            world,
            "every error code to be one the spec registers",
            "received " + f.describe());
      }
    }
  }

  private ReceivedFrame lastError(Client client) {
    var frames = client.connection().received();
    for (int i = frames.size() - 1; i >= 0; i--) {
      if (frames.get(i).is("error")) {
        return frames.get(i);
      }
    }
    throw Expect.failure(world, "an error", "none arrived");
  }
}
