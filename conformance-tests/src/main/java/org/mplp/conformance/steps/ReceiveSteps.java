package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import java.time.Duration;
import org.mplp.conformance.driver.ErrorRegistry;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.Violation;
import org.mplp.conformance.driver.WireEvent;

/** What clients receive: welcomes, pongs and errors, judged one frame at a time. */
public final class ReceiveSteps {
  private final World world;

  public ReceiveSteps(World world) {
    this.world = world;
  }

  @Then("{actor} receives a welcome replying to {word}")
  public void welcomeReplyingTo(Client client, String id) {
    String expected = "a welcome replying to " + id;
    ReceivedFrame f = Receive.frame(world, client, expected);
    Expect.that(
        f.is("welcome") && id.equals(f.replyTo()), world, expected, "received " + f.describe());
    client.welcomed(f);
  }

  @Then("{actor} receives a welcome choosing version {word}")
  public void welcomeChoosing(Client client, String version) {
    String expected = "a welcome choosing version " + version;
    ReceivedFrame f = Receive.frame(world, client, expected);
    Expect.that(f.is("welcome"), world, expected, "received " + f.describe());
    Expect.that(
        version.equals(f.text("version")),
        world,
        expected,
        "the welcome chose " + f.text("version"));
    client.welcomed(f);
  }

  @Then(
      "{actor} receives a welcome whose profiles and limits equal those of the discovery document")
  public void welcomeMatchesDiscovery(Client client) {
    var document = world.discovery().document();
    String expected =
        "a welcome with profiles "
            + document.path("profiles")
            + " and limits "
            + document.path("limits");
    ReceivedFrame f = Receive.frame(world, client, expected);
    Expect.that(f.is("welcome"), world, expected, "received " + f.describe());
    Expect.that(
        f.body().path("profiles").equals(document.path("profiles"))
            && f.body().path("limits").equals(document.path("limits")),
        world,
        expected,
        "the welcome has profiles "
            + f.body().path("profiles")
            + " and limits "
            + f.body().path("limits"));
    client.welcomed(f);
  }

  @Then("{actor} receives a pong replying to {word}")
  public void pongReplyingTo(Client client, String id) {
    String expected = "a pong replying to " + id;
    ReceivedFrame f = Receive.frame(world, client, expected);
    Expect.that(
        f.is("pong") && id.equals(f.replyTo()), world, expected, "received " + f.describe());
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

  @Then("after helloTimeoutSeconds {actor} receives the fatal error hello-timeout")
  public void helloTimeout(Client client) {
    int seconds = world.run().discovery().path("limits").path("helloTimeoutSeconds").asInt(5);
    // The requirement is about time: wait the advertised timeout plus the run's margin.
    Duration wait = Duration.ofSeconds(seconds).plus(client.connection().timeout());
    WireEvent event = client.next(wait);
    String expected = "the fatal error hello-timeout about " + seconds + " s after the upgrade";
    if (!(event instanceof WireEvent.Frame frame)) {
      throw Receive.unexpected(world, expected, event);
    }
    Receive.valid(frame.frame());
    long millis = client.connection().millisSinceUpgrade();
    Expect.that(
        frame.frame().is("error")
            && "hello-timeout".equals(frame.frame().code())
            && Boolean.TRUE.equals(frame.frame().fatal()),
        world,
        expected,
        "received " + frame.frame().describe());
    Expect.that(
        millis >= seconds * 1000L - 1000,
        world,
        expected,
        "it arrived " + millis + " ms after the upgrade, before helloTimeoutSeconds had passed");
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
    var accepted = client.texts().helloBreakingSchemaLocations();
    Expect.that(
        accepted.contains(error.location()),
        world,
        "the location of the schema-violation to be one of " + accepted,
        "it is " + (error.location() == null ? "absent" : error.location()));
  }

  @Then("{actor} receives an answer to each frame it sent")
  public void answerToEach(Client client) {
    boolean all =
        client.connection().awaitReceived(client.sentCount(), client.connection().timeout());
    int got = client.connection().received().size();
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
