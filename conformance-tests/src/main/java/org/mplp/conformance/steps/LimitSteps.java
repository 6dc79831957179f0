package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.ReceivedFrame;

/** Frame size and frame rate at and beyond the limits the server advertised in its welcome. */
public final class LimitSteps {
  private final World world;
  private final List<String> burst = new ArrayList<>();
  private long burstStart;
  private long lastAnswer;
  private final Map<String, ReceivedFrame> answers = new LinkedHashMap<>();

  public LimitSteps(World world) {
    this.world = world;
  }

  @When("{actor} sends a ping with id {word} padded with whitespace to exactly maxFrameBytes bytes")
  public void exactlyMax(Client client, String id) {
    client.send(client.writer().padded(Frames.ping(id), limit(client, "maxFrameBytes")));
  }

  @When("{actor} sends a ping padded with whitespace to maxFrameBytes plus one byte")
  public void oneOverMax(Client client) {
    int bytes = limit(client, "maxFrameBytes") + 1;
    client.send(client.writer().padded(Frames.ping(client.newId()), bytes));
  }

  /**
   * Waits until the connection's bucket is full again (the kit paces itself, so the server's is
   * full by then too), then sends the burst without pacing.
   */
  @When("{actor} sends five times maxFramesPerSecond pings and ten more, as fast as it can")
  public void burst(Client client) {
    int perSecond = limit(client, "maxFramesPerSecond");
    // Five times the bucket: a server that reads the burst over a few seconds still refuses some.
    int count = 5 * perSecond + 10;
    client.connection().awaitFullPace();
    long start = System.nanoTime();
    burstStart = start;
    for (int i = 0; i < count; i++) {
      String id = "b" + i;
      burst.add(id);
      client.sendAtOnce(client.writer().write(Frames.ping(id)));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // A bucket refilled while the kit was sending could take the whole burst; then no verdict.
    if (count <= perSecond * (1 + seconds) + 1) {
      throw Verdicts.notApplicable(
          "the kit sent "
              + count
              + " pings in "
              + String.format("%.2f", seconds)
              + " s, too slowly to exceed maxFramesPerSecond "
              + perSecond
              + " from this machine");
    }
  }

  @When("{actor} sends maxFramesBeforeLogin pings, each answered with a pong")
  public void pingsUpToTheLoginLimit(Client client) {
    int max = limit(client, "maxFramesBeforeLogin");
    for (int i = 0; i < max; i++) {
      String id = client.newId();
      client.send(Frames.ping(id));
      String expected =
          "a pong for each of the " + max + " pings within maxFramesBeforeLogin, also ping " + id;
      ReceivedFrame f = Receive.frame(world, client, expected);
      Expect.that(
          f.is("pong") && id.equals(f.replyTo()), world, expected, "received " + f.describe());
    }
  }

  @Then("every ping is answered once, by a pong or by the error rate-limited replying to it")
  public void everyPingAnsweredOnce() {
    Client client = world.client("it");
    while (answers.size() < burst.size()) {
      String expected = "an answer to each of the " + burst.size() + " pings";
      ReceivedFrame f = Receive.frame(world, client, expected);
      String id = f.replyTo();
      Expect.that(burst.contains(id), world, expected, "received " + f.describe());
      Expect.that(!answers.containsKey(id), world, "one answer to ping " + id, "a second arrived");
      boolean pong = f.is("pong");
      boolean limited = f.is("error") && "rate-limited".equals(f.code());
      Expect.that(
          pong || limited,
          world,
          "a pong or the error rate-limited replying to " + id,
          "received " + f.describe());
      answers.put(id, f);
    }
    lastAnswer = System.nanoTime();
  }

  @Then("the pings within maxFramesPerSecond are answered with pongs")
  public void withinLimitPonged() {
    // The burst began with a full bucket: the first maxFramesPerSecond pings fit in it.
    Client client = world.client("it");
    int within = Math.min(burst.size(), limit(client, "maxFramesPerSecond"));
    for (String id : burst.subList(0, within)) {
      Expect.that(
          answers.get(id).is("pong"),
          world,
          "the first " + within + " pings, within the limit, to be answered with pongs",
          "ping " + id + " got " + answers.get(id).describe());
    }
  }

  /**
   * The server read the burst at some time between its first frame and its last answer; a bucket
   * that refilled over that time may have taken it whole, and then no verdict can be had.
   */
  @Then("at least one ping beyond maxFramesPerSecond is refused as rate-limited")
  public void someRefused() {
    long refused = answers.values().stream().filter(f -> f.is("error")).count();
    int perSecond = limit(world.client("it"), "maxFramesPerSecond");
    double window = (lastAnswer - burstStart) / 1e9;
    if (refused == 0 && burst.size() <= perSecond * (1 + window) + 1) {
      throw Verdicts.notApplicable(
          "the server answered the "
              + burst.size()
              + " pings over "
              + String.format("%.2f", window)
              + " s, long enough for a bucket of maxFramesPerSecond "
              + perSecond
              + " to take them all");
    }
    Expect.that(
        refused > 0,
        world,
        "some of " + burst.size() + " pings sent at once to be refused as rate-limited",
        "every one was answered with a pong");
  }

  @Then("once a second has passed {actor} still gets a pong for a ping")
  public void afterASecond(Client client) throws InterruptedException {
    Thread.sleep(1000); // the requirement is about time: let the bucket refill
    new CloseSteps(world).stillPongs(client);
  }

  private int limit(Client client, String name) {
    var limits =
        client.welcome() != null
            ? client.welcome().body().path("limits")
            : world.run().discovery().path("limits");
    return limits.path(name).asInt();
  }
}
