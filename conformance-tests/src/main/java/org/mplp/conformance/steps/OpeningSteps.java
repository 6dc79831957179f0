package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.Waits;
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
    // CHOICE-OPEN-01: the profiles are equal as a set.
    Expect.that(
        asSet(f.body().path("profiles")).equals(asSet(document.path("profiles")))
            && f.body().path("limits").equals(document.path("limits")),
        world,
        expected,
        "the welcome has profiles "
            + f.body().path("profiles")
            + " and limits "
            + f.body().path("limits"));
    client.welcomed(f);
  }

  /**
   * CHOICE-OPEN-03 is open: the fatal hello-required and close 4400, or schema-violation, not
   * fatal, after which a hello is still welcomed.
   */
  @Then(
      "{actor} is refused with hello-required and the connection closed with 4400, or with"
          + " schema-violation and then welcomed after a hello")
  public void helloRequiredOrWelcomedLater(Client client) {
    String expected =
        "the fatal error hello-required and a close with 4400, or the error schema-violation and a"
            + " welcome for a later hello";
    ReceivedFrame error = Receive.error(world, client, expected);
    if ("hello-required".equals(error.code()) && Boolean.TRUE.equals(error.fatal())) {
      new CloseSteps(world).closedWith(client, 4400);
      return;
    }
    Expect.that(
        "schema-violation".equals(error.code()) && Boolean.FALSE.equals(error.fatal()),
        world,
        expected,
        "received " + error.describe());
    Sessions.hello(world, client);
  }

  @Then("{actor} receives a pong replying to {word}")
  public void pongReplyingTo(Client client, String id) {
    String expected = "a pong replying to " + id;
    ReceivedFrame f = Receive.frame(world, client, expected);
    Expect.that(
        f.is("pong") && id.equals(f.replyTo()), world, expected, "received " + f.describe());
  }

  /**
   * REQ-OPEN-006 bounds the close from both sides: no earlier than helloTimeoutSeconds after the
   * upgrade, and no later than the spec's lateness for timers after that.
   */
  @Then("after helloTimeoutSeconds {actor} receives the fatal error hello-timeout")
  public void helloTimeout(Client client) {
    int seconds = world.run().limit("helloTimeoutSeconds", 5);
    Duration due = Duration.ofSeconds(seconds);
    Waits.beyondCeiling("helloTimeoutSeconds", due)
        .ifPresent(
            why -> {
              throw Verdicts.notApplicable(why);
            });
    WireEvent event = client.next(world.waits().forTimer(due));
    String expected =
        "the fatal error hello-timeout "
            + seconds
            + " s after the upgrade, at most "
            + Waits.TIMER_LATENESS.toSeconds()
            + " s later";
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
        millis >= due.minus(Waits.TOLERANCE).toMillis(),
        world,
        expected,
        "it arrived " + millis + " ms after the upgrade, before helloTimeoutSeconds had passed");
  }

  /**
   * REQ-LOGIN-028 bounds the close from both sides: no earlier than loginTimeoutSeconds after
   * welcome (so no earlier than that after the upgrade), and no later than the spec's lateness for
   * timers after that.
   */
  @Then("after loginTimeoutSeconds {actor} receives the fatal error login-timeout")
  public void loginTimeout(Client client) {
    int seconds = world.run().limit("loginTimeoutSeconds", -1);
    if (seconds < 0) {
      throw new IllegalStateException("the discovery document advertises no loginTimeoutSeconds");
    }
    Duration due = Duration.ofSeconds(seconds);
    Waits.beyondCeiling("loginTimeoutSeconds", due)
        .ifPresent(
            why -> {
              throw Verdicts.notApplicable(why);
            });
    WireEvent event = client.next(world.waits().forTimer(due));
    String expected =
        "the fatal error login-timeout "
            + seconds
            + " s after welcome, at most "
            + Waits.TIMER_LATENESS.toSeconds()
            + " s later";
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
        millis >= due.minus(Waits.TOLERANCE).toMillis(),
        world,
        expected,
        "it arrived " + millis + " ms after the upgrade, before loginTimeoutSeconds had passed");
  }

  private static Set<String> asSet(JsonNode array) {
    Set<String> items = new HashSet<>();
    array.forEach(item -> items.add(item.asText()));
    return items;
  }
}
