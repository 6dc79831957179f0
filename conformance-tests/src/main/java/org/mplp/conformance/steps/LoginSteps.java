package org.mplp.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;
import org.mplp.conformance.driver.LaterFrames;
import org.mplp.conformance.driver.Login;
import org.mplp.conformance.driver.PasswordFailures;
import org.mplp.conformance.driver.Peer;
import org.mplp.conformance.driver.Secrets;
import org.mplp.conformance.driver.Waits;

/** Devices logging in: with the password, with their device credential, or with wrong ones. */
public final class LoginSteps {
  private static final int MOST_FAILURES = 1000;
  private final World world;

  public LoginSteps(World world) {
    this.world = world;
  }

  @When("{device} logs in with the password")
  public void withPassword(Device device) {
    Sessions.passwordLogin(world, device, device.terminal());
  }

  @When("{device} logs in with the password, claiming IP {word} and login time {word}")
  public void withPasswordClaiming(Device device, String ip, String loginTime) {
    Sessions.passwordLogin(world, device, device.terminal().claiming(ip, loginTime));
  }

  @When("{device} logs in with a wrong password")
  public void withWrongPassword(Device device) {
    Sessions.login(world, device, request(device, null, Secrets.wrongPassword()));
  }

  /**
   * Each on a new connection, so that no frame limit before login gets in the way; the lockout runs
   * from the last failure, which the kit notes the time of.
   */
  @When("{device} logs in with a wrong password maxLoginFailures times")
  public void withWrongPasswordUntilLockout(Device device) {
    int failures = world.limit("maxLoginFailures");
    for (int i = 0; i < failures; i++) {
      withWrongPassword(device);
      world.lockout().failed();
      device.client().connection().close();
    }
  }

  @Given("{device} has completed the opening exchange")
  public void opened(Device device) {
    Sessions.connect(world, device);
  }

  /** On a connection opened before, so that the login goes at once whatever the frame rate. */
  @When("{device} logs in with the password on its open connection")
  public void withPasswordOnOpenConnection(Device device) {
    var account = world.account(device.name().account());
    world.lockout().tried();
    device.loggedIn(
        Login.perform(
            device.client(),
            new Login.Request(account.name(), null, account.password(), device.terminal())));
  }

  /** Before any failed login: a lockout longer than the kit waits for is not applicable. */
  @Given("lockoutSeconds is a time the kit waits for")
  public void lockoutWithinCeiling() {
    Waits.beyondCeiling("lockoutSeconds", Duration.ofSeconds(world.limit("lockoutSeconds")))
        .ifPresent(
            why -> {
              throw Verdicts.notApplicable(why);
            });
  }

  /** Until lockoutSeconds after the last failure, and the spec's lateness for timers. */
  @When("lockoutSeconds pass")
  public void lockoutPasses() {
    lockoutWithinCeiling();
    Duration lockout = Duration.ofSeconds(world.limit("lockoutSeconds"));
    Duration left = lockout.plus(Waits.TIMER_LATENESS).minus(world.lockout().sinceFailure());
    world.transcript().note("kit", "waits " + left.toMillis() + " ms for the lockout to end");
    if (!left.isNegative()) {
      try {
        Thread.sleep(left.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the lockout to end", e);
      }
    }
  }

  /** Every frame of the login carries members of a later version, its terminal's too. */
  @When("{device} logs in with the password, in frames with members of a later version")
  public void withPasswordFromALaterVersion(Device device) {
    var account = world.account(device.name().account());
    Client client = Sessions.connect(world, device);
    Peer later = Peer.writingWith(client, LaterFrames.over(client.writer()));
    device.loggedIn(
        Login.perform(
            later, new Login.Request(account.name(), null, account.password(), device.terminal())));
  }

  @When("{device} logs in with a clientFirst that is no SCRAM message")
  public void withMalformedClientFirst(Device device) {
    String account = world.account(device.name().account()).name();
    Client client = Sessions.connect(world, device);
    device.loggedIn(Login.malformed(client, account, device.terminal()));
  }

  @When("{device} starts a login with the password")
  public void startWithPassword(Device device) {
    var account = world.account(device.name().account());
    Client client = Sessions.connect(world, device);
    device.loggedIn(Login.challenge(client, request(device, null, account.password())));
  }

  @When("{device} starts a login to an account the server does not have")
  public void startUnknown(Device device) {
    startUnknownTimes(device, 1);
  }

  @When("{device} starts a login to an account the server does not have, twice")
  public void startUnknownTwice(Device device) {
    startUnknownTimes(device, 2);
  }

  @When("{device} logs in to an account the server does not have")
  public void loginUnknown(Device device) {
    String account = Secrets.unknownAccount();
    Sessions.login(
        world,
        device,
        new Login.Request(account, null, Secrets.wrongPassword(), device.terminal()));
  }

  @When("{device} starts a device credential login as {address}, twice")
  public void startUnknownDeviceTwice(Device device, String address) {
    String account = world.account(device.name().account()).name();
    for (int i = 0; i < 2; i++) {
      Client client = Sessions.connect(world, device);
      Login.Request request =
          new Login.Request(account, address, Secrets.deviceCredential(), device.terminal());
      device.loggedIn(Login.challenge(client, request));
    }
  }

  @When("{device} logs in again with its device credential")
  public void withCredential(Device device) {
    Sessions.credentialLogin(world, device, device.credential(), device.terminal());
  }

  @When("{device} logs in again with its device credential on a new connection")
  public void withCredentialOnANewConnection(Device device) {
    withCredential(device);
  }

  @When(
      "{device} logs in again with its device credential, claiming IP {word} and login time"
          + " {word}")
  public void withCredentialClaiming(Device device, String ip, String loginTime) {
    Sessions.credentialLogin(
        world, device, device.credential(), device.terminal().claiming(ip, loginTime));
  }

  @When("{device} logs in again with a wrong device credential")
  public void withWrongCredential(Device device) {
    Sessions.credentialLogin(world, device, Secrets.deviceCredential(), device.terminal());
  }

  /**
   * Each on a new connection, closed after it, a few at a time: as many failures from the kit's
   * address as the target allows of password logins (at most {@value #MOST_FAILURES}, so that a
   * generous limit does not make the run endless).
   */
  @When("{device} logs in again with a wrong device credential maxLoginFailuresPerAddress times")
  public void withWrongCredentialFromThisAddress(Device device) {
    int failures = Math.min(MOST_FAILURES, world.limit("maxLoginFailuresPerAddress"));
    Login.Request wrong = request(device, device.address(), Secrets.deviceCredential());
    FewAtATime.run(
        failures,
        FewAtATime.atOnce(world),
        attempt -> {
          PasswordFailures.awaitRoomToConnect();
          Client client =
              Sessions.open(world, "wrong-credential#" + attempt, device.name().idPrefix());
          Login.perform(client, wrong);
          client.connection().close();
          return false;
        },
        () -> failures);
  }

  @When("{device} starts a login with the device credential of {device}")
  public void startWithCredentialOf(Device device, Device owner) {
    String account = world.account(owner.name().account()).name();
    Client client = Sessions.connect(world, device);
    Login.Request request =
        new Login.Request(account, owner.address(), owner.credential(), device.terminal());
    device.loggedIn(Login.challenge(client, request));
  }

  @When("{device} sends the proof of its login")
  public void sendsProof(Device device) {
    device.loggedIn(Login.prove(device.client(), device.login()));
  }

  private void startUnknownTimes(Device device, int times) {
    String account = Secrets.unknownAccount();
    for (int i = 0; i < times; i++) {
      Client client = Sessions.connect(world, device);
      Login.Request request =
          new Login.Request(account, null, Secrets.wrongPassword(), device.terminal());
      device.loggedIn(Login.challenge(client, request));
    }
  }

  private Login.Request request(Device device, String address, String secret) {
    String account = world.account(device.name().account()).name();
    return new Login.Request(account, address, secret, device.terminal());
  }
}
