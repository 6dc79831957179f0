package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.List;
import org.mplp.conformance.driver.LoginOutcome;
import org.mplp.conformance.driver.Waits;

/** What a device is told when it logs in: challenge, refusal, or login-ok and its members. */
public final class LoginResultSteps {
  private final World world;

  public LoginResultSteps(World world) {
    this.world = world;
  }

  @Then("{device} receives a login-challenge carrying a SCRAM server-first-message")
  public void challenged(Device device) {
    LoginOutcome outcome = device.login();
    String expected = "a login-challenge with a SCRAM server-first-message for " + device.the();
    judge(outcome.challenge() != null && outcome.scramProblem() == null, device, expected);
  }

  @Then("{device}'s two challenges carry the same salt and the same iteration count")
  public void sameSaltTwice(Device device) {
    List<LoginOutcome> logins = device.logins();
    LoginOutcome first = logins.get(logins.size() - 2);
    LoginOutcome second = logins.get(logins.size() - 1);
    for (LoginOutcome o : List.of(first, second)) {
      Expect.that(
          o.challenge() != null && o.scramProblem() == null,
          "REQ-LOGIN-001",
          "a login-challenge with a SCRAM server-first-message for each login",
          o.describe());
    }
    Expect.that(
        first.scram().salt().equals(second.scram().salt())
            && first.scram().iterations() == second.scram().iterations(),
        world,
        "both logins naming it to be challenged with the same salt and iteration count",
        "the first got salt "
            + first.scram().salt()
            + " and "
            + first.scram().iterations()
            + " iterations, the second salt "
            + second.scram().salt()
            + " and "
            + second.scram().iterations()
            + " iterations");
  }

  @Then("{device} is refused at the proof with the error {word}")
  public void refusedAtProof(Device device, String code) {
    LoginOutcome outcome = device.login();
    String expected = "the proof of " + device.the() + " to be refused with the error " + code;
    judge(
        outcome.stage() == LoginOutcome.Stage.PROOF && code.equals(outcome.errorCode()),
        device,
        expected);
  }

  /** Either code is conformant: the spec leaves the choice to the server. */
  @Then("{device} is refused at the proof with the error {word} or {word}")
  public void refusedAtProofWithEither(Device device, String code, String other) {
    LoginOutcome outcome = device.login();
    judge(
        outcome.stage() == LoginOutcome.Stage.PROOF
            && (code.equals(outcome.errorCode()) || other.equals(outcome.errorCode())),
        device,
        "the proof of " + device.the() + " to be refused with the error " + code + " or " + other);
  }

  @Then("the refusal of {device} tells retryAfterSeconds between 1 and lockoutSeconds")
  public void retryAfter(Device device) {
    LoginOutcome outcome = device.login();
    int lockout = world.limit("lockoutSeconds");
    var retry = outcome.frame() == null ? null : outcome.frame().body().get("retryAfterSeconds");
    Expect.that(
        retry != null
            && retry.isIntegralNumber()
            && retry.asLong() >= 1
            && retry.asLong() <= lockout,
        world,
        "a locked-out error whose retryAfterSeconds is between 1 and " + lockout,
        outcome.describe());
  }

  /** At the login or at the proof: the spec leaves the step to the server. */
  @Then("{device} is refused with the error {word}")
  public void refused(Device device, String code) {
    LoginOutcome outcome = device.login();
    judge(
        code.equals(outcome.errorCode()),
        device,
        "the login of " + device.the() + " to be refused with the error " + code);
  }

  /**
   * A lockout lasts lockoutSeconds from the failure that started it: a login the kit sent later
   * than that, less the tolerance, may rightly be accepted, and then shows nothing.
   */
  @Then("{device} is refused with the error locked-out while the lockout lasts")
  public void refusedWhileLocked(Device device) {
    LoginOutcome outcome = device.login();
    if ("locked-out".equals(outcome.errorCode())) {
      return;
    }
    Duration lockout = Duration.ofSeconds(world.limit("lockoutSeconds"));
    Duration after = world.lockout().triedAfterFailure();
    if (after.compareTo(lockout.minus(Waits.TOLERANCE)) >= 0) {
      throw Verdicts.notApplicable(
          "the kit could try the password only "
              + after.toMillis()
              + " ms after the last failure, when lockoutSeconds "
              + lockout.toSeconds()
              + " may have passed");
    }
    refused(device, "locked-out");
  }

  @Then("{device} receives login-ok whose server signature proves the server knows the credential")
  public void serverProved(Device device) {
    Sessions.requireLoggedIn(world, device);
  }

  @Then("{device} is told its address is {address}")
  public void address(Device device, String address) {
    Sessions.requireLoggedIn(world, device);
    String actual = device.self().address();
    Expect.that(
        address.equals(actual),
        world,
        device.the() + " to be told its address is " + address,
        "login-ok says its address is " + actual);
  }

  @Then("{device}'s address is {address}")
  public void addressIs(Device device, String address) {
    address(device, address);
  }

  @Then("{device} is told its address is {address} and that the account is in multi-point login")
  public void addressAndMultiPoint(Device device, String address) {
    address(device, address);
    multiPoint(device, true);
  }

  @Then(
      "{device} is told its address is {address} and that the account is not in multi-point login")
  public void addressAndNotMultiPoint(Device device, String address) {
    address(device, address);
    multiPoint(device, false);
  }

  @Then("{device} is told its address is {address} and gets no new credential")
  public void addressAndNoCredential(Device device, String address) {
    address(device, address);
    String credential = device.loginOk().text("credential");
    Expect.that(
        credential == null,
        world,
        "no credential in the login-ok of a device credential login of " + device.the(),
        "it carries a new credential");
  }

  @Then("{device} is given a device credential of its own")
  public void credential(Device device) {
    Sessions.requireLoggedIn(world, device);
    String credential = device.loginOk().text("credential");
    Expect.that(
        credential != null,
        world,
        "a device credential in the login-ok of the password login of " + device.the(),
        "it carries none");
    for (Device other : world.devices()) {
      Expect.that(
          other == device || !credential.equals(other.credential()),
          world,
          "a device credential of its own for " + device.the(),
          "it is the same as that of " + other.the());
    }
  }

  /** Fails with what the login got instead; a broken frame or a vanished target explain first. */
  private void judge(boolean holds, Device device, String expected) {
    if (holds) {
      return;
    }
    LoginOutcome outcome = device.login();
    Receive.failWithInvalidFrames(device.client());
    if (outcome.frame() == null) {
      throw Receive.unexpected(world, expected, outcome.answer());
    }
    throw Expect.failure(world, expected, outcome.describe());
  }

  private void multiPoint(Device device, boolean expected) {
    boolean actual = device.loginOk().body().path("multiPoint").asBoolean();
    Expect.that(
        actual == expected,
        world,
        device.the() + " to be told multiPoint " + expected,
        "login-ok says multiPoint " + actual);
  }
}
