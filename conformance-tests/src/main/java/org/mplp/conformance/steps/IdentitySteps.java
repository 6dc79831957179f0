package org.mplp.conformance.steps;

import io.cucumber.java.en.When;
import org.mplp.conformance.driver.Account;
import org.mplp.conformance.driver.Login;

/**
 * Logins whose identities disagree: a SCRAM username other than the login's account, a device named
 * under another account, a proof whose nonce does not continue the exchange (spec: Login). Each
 * proves a secret the server knows, so only the cross-check refuses it.
 */
public final class IdentitySteps {
  private final World world;

  public IdentitySteps(World world) {
    this.world = world;
  }

  /** The login frame names the device's account; the SCRAM messages name the other one. */
  @When("{device} logs in with the password, its SCRAM username naming {account}")
  public void scramUsernameOfAnotherAccount(Device device, String other) {
    Account account = world.account(device.name().account());
    String named = world.account(other).name();
    Client client = Sessions.connect(world, device);
    device.loggedIn(
        Login.performNaming(
            client,
            new Login.Request(account.name(), null, account.password(), device.terminal()),
            named));
  }

  @When("{device} logs in with the password, its proof carrying a nonce the server did not give")
  public void foreignNonce(Device device) {
    Account account = world.account(device.name().account());
    Client client = Sessions.connect(world, device);
    device.loggedIn(
        Login.performWithForeignNonce(
            client,
            new Login.Request(account.name(), null, account.password(), device.terminal())));
  }

  /** The device's own address and credential, under the account member of another account. */
  @When("{device} logs in again with its device credential, naming {account} as its account")
  public void deviceUnderAnotherAccount(Device device, String other) {
    if (device.address() == null || device.credential() == null) {
      throw new IllegalStateException(
          "The scenario has " + device.the() + " log in again before a password login");
    }
    Account named = world.account(other);
    Client client = Sessions.connect(world, device);
    device.loggedIn(
        Login.perform(
            client,
            new Login.Request(
                named.name(), device.address(), device.credential(), device.terminal())));
  }
}
