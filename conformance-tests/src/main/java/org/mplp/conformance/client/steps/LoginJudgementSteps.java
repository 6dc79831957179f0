package org.mplp.conformance.client.steps;

import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mplp.conformance.client.adapter.ActionRun;
import org.mplp.conformance.client.server.ConnectionLog;
import org.mplp.conformance.client.server.FrameLog;

/** What the client did around its logins and connections. */
public final class LoginJudgementSteps {
  private final ClientWorld world;

  public LoginJudgementSteps(ClientWorld world) {
    this.world = world;
  }

  private ActionRun last() {
    return world.lastAction().orElseThrow(() -> new IllegalStateException("no action ran yet"));
  }

  @Then("the client's action succeeded")
  public void succeeded() {
    ActionRun run = last();
    Verdicts.check(
        run.succeeded(),
        world,
        "the client's " + run.action().wireName() + " to succeed (exit 0)",
        ended(run));
  }

  @Then("the client's action failed")
  public void failed() {
    ActionRun run = last();
    Verdicts.check(
        !run.timedOut() && !run.succeeded(),
        world,
        "the client's " + run.action().wireName() + " to end with an exit code other than 0",
        ended(run));
  }

  @Then("the client's output names {word}")
  public void outputNames(String text) {
    ActionRun run = last();
    Verdicts.check(
        run.output().contains(text),
        world,
        "the client to tell its user " + text,
        "it printed: " + run.output().strip());
  }

  @Then("every connection of the client opened with hello")
  public void helloFirst() {
    for (ConnectionLog c : world.server().recording().connections()) {
      List<FrameLog> sent = c.fromClient();
      Verdicts.check(
          sent.isEmpty() || sent.get(0).is("hello"),
          world,
          "hello first on connection " + c.number(),
          "the client sent " + (sent.isEmpty() ? "nothing" : sent.get(0).text()));
    }
  }

  @Then("every frame the client sent was valid")
  public void valid() {
    List<FrameLog> sent = world.server().recording().clientFrames();
    Verdicts.check(!sent.isEmpty(), world, "frames from the client", "it sent none");
    for (FrameLog f : sent) {
      Verdicts.check(
          f.read().valid(), world, "a valid frame", f.text() + ": " + f.read().violations());
    }
  }

  @Then("the client sent no frame after the login-ok on that connection")
  public void silentAfterBadSignature() {
    List<ConnectionLog> signed =
        world.server().recording().connections().stream()
            .filter(ConnectionLog::badSignature)
            .toList();
    Verdicts.check(!signed.isEmpty(), world, "a login that reached login-ok", "none did");
    for (ConnectionLog c : signed) {
      List<FrameLog> frames = c.frames();
      int ok = -1;
      for (int i = 0; i < frames.size(); i++) {
        if (!frames.get(i).fromClient() && frames.get(i).text().contains("login-ok")) {
          ok = i;
        }
      }
      List<String> after = new ArrayList<>();
      for (int i = ok + 1; i < frames.size(); i++) {
        if (frames.get(i).fromClient()) {
          after.add(frames.get(i).text());
        }
      }
      Verdicts.check(
          after.isEmpty(),
          world,
          "no frame from the client after a login-ok whose server signature is wrong",
          "it sent " + after);
    }
  }

  @Then("the client did not log in with a device credential afterwards")
  public void noCredentialLogin() {
    List<FrameLog> withDevice =
        world.server().recording().clientFrames("login").stream()
            .filter(f -> f.read().body().has("device"))
            .toList();
    Verdicts.check(
        withDevice.isEmpty(),
        world,
        "no login with the credential of a login-ok it refused",
        withDevice.isEmpty() ? "" : "it logged in with " + withDevice.get(0).text());
  }

  @Then("the client closed the connection with close code {int} and the reason {word}")
  public void closedWith(int code, String reason) {
    for (ConnectionLog c : world.server().recording().connections()) {
      if (c.badSignature()) {
        Verdicts.check(
            Integer.valueOf(code).equals(c.clientCloseCode())
                && reason.equals(c.clientCloseReason()),
            world,
            "a close frame with code " + code + " and reason " + reason,
            c.clientCloseCode() == null
                ? "the connection ended without a close frame from the client"
                : "the client closed with " + c.clientCloseCode() + " " + c.clientCloseReason());
      }
    }
  }

  @Then("every login of the client after the first used the device credential it was given")
  public void credentialLogins() {
    List<FrameLog> logins = world.server().recording().clientFrames("login");
    Verdicts.check(
        logins.size() >= 2, world, "a login again", "it logged in " + logins.size() + " time(s)");
    for (FrameLog login : logins.subList(1, logins.size())) {
      String device = login.read().body().path("device").asText(null);
      Verdicts.check(
          device != null && world.script().credentialOf(device) != null,
          world,
          "a login with the device " + world.script().clientDevices() + " and its credential",
          "it sent " + login.text());
    }
  }

  @Then("the client did not log in again after the session was replaced")
  public void noLoginAfterReplaced() {
    List<ConnectionLog> all = world.server().recording().connections();
    int replaced = -1;
    for (ConnectionLog c : all) {
      if (c.frames().stream()
          .anyMatch(f -> !f.fromClient() && f.text().contains("session-replaced"))) {
        replaced = c.number();
      }
    }
    Verdicts.check(replaced > 0, world, "a session the kit replaced", "the client never logged in");
    int after = replaced;
    List<ConnectionLog> later =
        all.stream().filter(c -> c.number() > after && !c.logins().isEmpty()).toList();
    Verdicts.check(
        later.isEmpty(),
        world,
        "no login after session-replaced until the user asks",
        "the client logged in again on " + later.size() + " connection(s)");
  }

  @Then("the client waited at least {int} second(s) before each attempt to reconnect")
  public void spacedAttempts(int seconds) {
    List<ConnectionLog> attempts = attemptsAfterDrop();
    Verdicts.check(!attempts.isEmpty(), world, "the client to reconnect", "it did not");
    ConnectionLog previous = dropped();
    for (ConnectionLog attempt : attempts) {
      Duration gap = Duration.between(previous.endedAt(), attempt.upgradeAt());
      Verdicts.check(
          gap.compareTo(Duration.ofSeconds(seconds)) >= 0,
          world,
          "at least "
              + seconds
              + " s between the end of connection "
              + previous.number()
              + " and the next attempt",
          "connection " + attempt.number() + " came after " + gap.toMillis() + " ms");
      previous = attempt;
    }
  }

  @Then("the client waited at least {int} seconds before its third attempt to reconnect")
  public void growingWaits(int seconds) {
    List<ConnectionLog> attempts = attemptsAfterDrop();
    Verdicts.check(
        attempts.size() >= 3, world, "three attempts to reconnect", "it made " + attempts.size());
    Duration gap = Duration.between(attempts.get(1).endedAt(), attempts.get(2).upgradeAt());
    Verdicts.check(
        gap.compareTo(Duration.ofSeconds(seconds)) >= 0,
        world,
        "a wait of at least " + seconds + " s before the third attempt, after two that failed",
        "it waited " + gap.toMillis() + " ms");
  }

  /** The wait before an attempt: from the end of the connection before it to its upgrade. */
  @Then("the client waited longer before its third attempt to reconnect than before its second")
  public void longerWaits() {
    List<ConnectionLog> attempts = attemptsAfterDrop();
    Verdicts.check(
        attempts.size() >= 3, world, "three attempts to reconnect", "it made " + attempts.size());
    Duration second = Duration.between(attempts.get(0).endedAt(), attempts.get(1).upgradeAt());
    Duration third = Duration.between(attempts.get(1).endedAt(), attempts.get(2).upgradeAt());
    Verdicts.check(
        third.compareTo(second) > 0,
        world,
        "a longer wait before the third attempt than before the second, after each failed",
        "it waited " + second.toMillis() + " ms, then " + third.toMillis() + " ms");
  }

  private ConnectionLog dropped() {
    return world.server().recording().connections().stream()
        .filter(c -> c.loginOkAt() != null && "the kit".equals(c.endedBy()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("The kit never dropped a session of the client."));
  }

  private List<ConnectionLog> attemptsAfterDrop() {
    int from = dropped().number();
    return world.server().recording().connections().stream()
        .filter(c -> c.number() > from)
        .toList();
  }

  private static String ended(ActionRun run) {
    return run.timedOut()
        ? "it was still running when its time ran out"
        : "it ended with exit " + run.exitCode() + ": " + run.output().strip();
  }
}
