package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import java.time.Duration;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.WireEvent;

/** What clients receive in the opening exchange and after it: welcomes and pongs. */
public final class OpeningSteps {
  private final World world;

  public OpeningSteps(World world) {
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

  @Then("after loginTimeoutSeconds {actor} receives the fatal error login-timeout")
  public void loginTimeout(Client client) {
    int seconds = world.run().limit("loginTimeoutSeconds", -1);
    if (seconds < 0) {
      throw new IllegalStateException("the discovery document advertises no loginTimeoutSeconds");
    }
    Duration wait = Duration.ofSeconds(seconds).plus(client.connection().timeout());
    WireEvent event = client.next(wait);
    String expected = "the fatal error login-timeout about " + seconds + " s after welcome";
    if (!(event instanceof WireEvent.Frame frame)) {
      throw Receive.unexpected(world, expected, event);
    }
    Receive.valid(frame.frame());
    long millis = client.connection().millisSinceUpgrade();
    Expect.that(
        frame.frame().is("error")
            && "login-timeout".equals(frame.frame().code())
            && Boolean.TRUE.equals(frame.frame().fatal()),
        world,
        expected,
        "received " + frame.frame().describe());
    Expect.that(
        millis >= seconds * 1000L - 1000,
        world,
        expected,
        "it arrived " + millis + " ms after the upgrade, before loginTimeoutSeconds had passed");
  }
}
