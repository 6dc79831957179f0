package org.mplp.conformance.steps;

import io.cucumber.java.en.Given;
import java.util.List;
import org.mplp.conformance.driver.Account;
import org.mplp.conformance.driver.Login;
import org.mplp.conformance.driver.LoginOutcome;
import org.mplp.conformance.driver.ProvisioningResponse;
import org.mplp.conformance.driver.Terminal;

/** The scenario's accounts and the devices they start with. */
public final class AccountSteps {
  private final World world;

  public AccountSteps(World world) {
    this.world = world;
  }

  @Given("{account} has no device yet")
  public void fresh(String account) {
    world.account(account);
  }

  @Given("{account} is logged in on {devices}")
  public void loggedInOn(String account, List<String> phrases) {
    for (String phrase : phrases) {
      Device device = world.device(DeviceName.parse(phrase, account));
      Sessions.passwordLogin(world, device, device.terminal());
      Sessions.requireLoggedIn(world, device);
    }
  }

  /** Registers as many PCs as the limit allows; each goes offline again and stays registered. */
  /** "It" logs in to account A with the password, as a PC, on its only connection. */
  @Given("a client that has completed the opening exchange and logged in")
  public void clientLoggedIn() {
    new UpgradeSteps(world).opened();
    Client client = world.client("it");
    Account account = world.account("A");
    LoginOutcome outcome =
        Login.perform(
            client,
            new Login.Request(
                account.name(), null, account.password(), Terminal.of("PC", "Conformance client")));
    Expect.that(
        outcome.succeeded(),
        Sessions.LOGIN_OK,
        "the client to log in to " + account + " with the password",
        outcome.describe());
  }

  @Given("{account} has maxDevicesPerAccount devices registered")
  public void full(String account) {
    int max = world.limit("maxDevicesPerAccount");
    for (int i = 1; i <= max; i++) {
      Device device = world.device(new DeviceName("PC number " + i, account, "PC"));
      Sessions.passwordLogin(world, device, device.terminal());
      Sessions.requireLoggedIn(world, device);
      device.client().connection().close();
    }
  }

  @Given("{account} is created through provisioning")
  public void provisioned(String account) {
    ProvisioningResponse response =
        ProvisioningResponse.post(world.run().controlChannelHttp(), world.run().timeout());
    Expect.that(
        response.problems().isEmpty(),
        ProvisioningResponse.REQUIREMENT,
        "POST " + ProvisioningResponse.PATH + " to create an account",
        String.join("; ", response.problems()));
    world.account(account, response.account());
  }
}
