package org.mplp.conformance.client.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mplp.conformance.client.adapter.Action;
import org.mplp.conformance.client.adapter.ActionRun;
import org.mplp.conformance.client.server.ConnectionLog;
import org.mplp.conformance.client.server.FrameLog;
import org.mplp.conformance.client.server.Script;

/** What the client showed, acknowledged and sent of messages. */
public final class MessageJudgementSteps {
  private final ClientWorld world;

  public MessageJudgementSteps(ClientWorld world) {
    this.world = world;
  }

  /** Shown means printed by the actions that show what arrives: the user sees it there. */
  @Then("the client showed {string} once")
  public void shownOnce(String body) {
    int times = timesShown(body);
    Verdicts.check(
        times == 1,
        world,
        "the client to show \"" + body + "\" once",
        "it showed it " + times + " times");
  }

  /**
   * Shown at all: for a scenario about something else (a SHOULD), where a message shown twice must
   * not pass for a warning; how often it is shown is judged by REQ-MSG-016's own scenarios.
   */
  @Then("the client showed {string}")
  public void shown(String body) {
    int times = timesShown(body);
    Verdicts.check(times >= 1, world, "the client to show \"" + body + "\"", "it never showed it");
  }

  private int timesShown(String body) {
    int times = 0;
    for (ActionRun run : world.actions()) {
      if (run.action() == Action.RECEIVE) {
        times += occurrences(run.stdout(), body);
      }
    }
    return times;
  }

  @Then("the client acknowledged {string} at each of the {int} logins that delivered it")
  public void acknowledgedEachTime(String body, int logins) {
    Script.HeldMessage message =
        world.script().held().stream()
            .filter(m -> m.body().equals(body))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the kit holds no message " + body));
    int delivered = 0;
    int acknowledged = 0;
    for (ConnectionLog c : world.server().recording().connections()) {
      List<FrameLog> frames = c.frames();
      boolean sent =
          frames.stream().anyMatch(f -> !f.fromClient() && f.text().contains(message.messageId()));
      if (sent) {
        delivered++;
        boolean acked =
            frames.stream()
                .filter(f -> f.is("message-ack"))
                .anyMatch(
                    f ->
                        f.read()
                            .body()
                            .path("messageIds")
                            .toString()
                            .contains("\"" + message.messageId() + "\""));
        acknowledged += acked ? 1 : 0;
      }
    }
    Verdicts.check(
        delivered == logins,
        world,
        "the kit to deliver \"" + body + "\" at " + logins + " logins",
        "it delivered it at " + delivered);
    Verdicts.check(
        acknowledged == delivered,
        world,
        "a message-ack of "
            + message.messageId()
            + " on each of the "
            + delivered
            + " connections that delivered it",
        "the client acknowledged it on " + acknowledged);
  }

  @Then("the client sent {string} {int} times, each time with the same clientMessageId")
  public void sameIdAgain(String body, int times) {
    List<FrameLog> sends = sendsOf(body);
    Set<String> ids = ids(sends);
    Verdicts.check(
        sends.size() == times,
        world,
        "the client to send \""
            + body
            + "\" "
            + times
            + " times, once before the cut and once after",
        "it sent it " + sends.size() + " time(s)");
    Verdicts.check(
        ids.size() == 1, world, "the same clientMessageId each time", "the sends carried " + ids);
  }

  @Then("the messages {string} and {string} carried different clientMessageIds")
  public void differentIds(String first, String second) {
    Set<String> a = ids(sendsOf(first));
    Set<String> b = ids(sendsOf(second));
    Verdicts.check(
        !a.isEmpty() && !b.isEmpty(),
        world,
        "both messages sent",
        "the kit saw " + a + " and " + b);
    Verdicts.check(
        a.stream().noneMatch(b::contains),
        world,
        "two clientMessageIds for two messages",
        "\"" + first + "\" carried " + a + " and \"" + second + "\" carried " + b);
  }

  private List<FrameLog> sendsOf(String body) {
    return world.server().recording().clientFrames("send").stream()
        .filter(f -> body.equals(f.read().body().path("body").asText()))
        .toList();
  }

  private static Set<String> ids(List<FrameLog> sends) {
    return sends.stream()
        .map(f -> f.read().body().path("clientMessageId").asText())
        .collect(Collectors.toSet());
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }
}
