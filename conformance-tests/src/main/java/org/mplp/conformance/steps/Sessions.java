package org.mplp.conformance.steps;

import java.util.ArrayList;
import java.util.List;
import org.mplp.conformance.driver.Account;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.Login;
import org.mplp.conformance.driver.LoginOutcome;
import org.mplp.conformance.driver.PasswordFailures;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.Terminal;
import org.mplp.conformance.driver.Upgrade;

/** Connecting devices and logging them in: the moves many steps share. */
final class Sessions {
  /** What a successful login proves, so a setup login that fails names it. */
  static final String LOGIN_OK = "REQ-LOGIN-005";

  private Sessions() {}

  /** Upgrades with the negotiated binding and completes the opening exchange (REQ-OPEN-001). */
  static Client open(World world, String name, String idPrefix) {
    String subprotocol = world.run().binding().subprotocol();
    Upgrade u = world.upgrade(name, List.of(subprotocol));
    Expect.that(
        u.accepted(),
        "REQ-TRANSPORT-004",
        "an upgrade offering " + subprotocol + " at " + world.run().target() + " to be accepted",
        u.describe());
    Client client = world.deviceClient(name, idPrefix, u.connection());
    hello(world, client);
    return client;
  }

  /** Sends hello offering 1.0 and takes the welcome (REQ-OPEN-001). */
  static void hello(World world, Client client) {
    String id = client.newId();
    client.send(Frames.hello(id, List.of("1.0")));
    ReceivedFrame welcome = Receive.frame(world, client, "a welcome replying to " + id);
    Expect.that(
        welcome.is("welcome") && id.equals(welcome.replyTo()),
        "REQ-OPEN-001",
        "a welcome replying to " + id,
        "received " + welcome.describe());
    client.welcomed(welcome);
  }

  /** A new connection for the device, past the opening exchange. */
  static Client connect(World world, Device device) {
    PasswordFailures.awaitRoomToConnect();
    Client client = open(world, device.nextConnectionName(), device.name().idPrefix());
    device.connectedOn(client);
    return client;
  }

  /** A password login of the device's account on a new connection. */
  static LoginOutcome passwordLogin(World world, Device device, Terminal terminal) {
    Account account = world.account(device.name().account());
    return login(
        world, device, new Login.Request(account.name(), null, account.password(), terminal));
  }

  /** A device credential login on a new connection; the earlier connection stays as it is. */
  static LoginOutcome credentialLogin(
      World world, Device device, String credential, Terminal terminal) {
    if (device.address() == null || credential == null) {
      throw new IllegalStateException(
          "The scenario has "
              + device.the()
              + " log in again before a password login registered it");
    }
    Account account = world.account(device.name().account());
    return login(
        world, device, new Login.Request(account.name(), device.address(), credential, terminal));
  }

  static LoginOutcome login(World world, Device device, Login.Request request) {
    Client client = connect(world, device);
    LoginOutcome outcome = Login.perform(client, request);
    device.loggedIn(outcome);
    if (!world.checks("REQ-LOGIN-008")) {
      requireRoom(world, device, outcome);
    }
    return outcome;
  }

  /**
   * Not applicable when a password login was refused as too-many-devices while the scenario's
   * account already holds maxDevicesPerAccount devices: the scenario needs more than the target
   * allows, and shows nothing of the requirement it checks.
   */
  static void requireRoom(World world, Device device, LoginOutcome outcome) {
    if (!"too-many-devices".equals(outcome.errorCode())) {
      return;
    }
    String account = device.name().account();
    long registered =
        world.devices().stream()
            .filter(d -> d != device && d.registered() && d.name().account().equals(account))
            .count();
    int max = world.limit("maxDevicesPerAccount");
    if (registered >= max) {
      throw Verdicts.notApplicable(
          "the scenario registers more devices on one account than maxDevicesPerAccount " + max);
    }
  }

  /**
   * Fails when the device's last login did not succeed: a right credential must end in a login-ok
   * whose server signature proves the credential (REQ-LOGIN-005), whatever the scenario checks.
   */
  static void requireLoggedIn(World world, Device device) {
    LoginOutcome outcome = device.login();
    if (outcome == null) {
      throw new IllegalStateException("The scenario judges " + device.the() + " before a login");
    }
    if (outcome.succeeded()) {
      return;
    }
    requireRoom(world, device, outcome);
    Receive.failWithInvalidFrames(device.client());
    List<String> breaks = new ArrayList<>(world.requirements());
    if (!breaks.contains(LOGIN_OK)) {
      breaks.add(LOGIN_OK);
    }
    String expected =
        device.the() + " to log in and get a login-ok whose server signature proves the credential";
    if (outcome.frame() == null) {
      throw Receive.unexpected(world, breaks, expected, outcome.answer());
    }
    throw Expect.failure(breaks, expected, outcome.describe());
  }
}
