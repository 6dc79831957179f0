package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;
import org.mplp.conformance.driver.Contact;
import org.mplp.conformance.driver.ReceivedFrame;

/**
 * Who is told of a change and who is not (spec: Devices, CHOICE-DEVICE-05): a device learns of its
 * own changes from its settings, never from a device-event about itself.
 */
public final class PartySteps {
  private static final String NEVER_ABOUT_ITSELF = "REQ-DEVICE-012";
  private static final String PRESENCE = "REQ-DEVICE-006";

  private final World world;

  public PartySteps(World world) {
    this.world = world;
  }

  @Then("{device} is sent no device-event about itself")
  public void noEventAboutItself(Device device) {
    Client client = device.client();
    Receive.settle(world, client);
    for (ReceivedFrame event : client.inbox().events()) {
      Contact about = Contact.of(event.body().path("device"));
      Expect.that(
          !about.address().equals(device.address()),
          NEVER_ABOUT_ITSELF,
          "no device-event about " + device.address() + " on " + device.the() + " itself",
          "it was told " + event.body().path("event").asText() + " " + about.describe());
    }
  }

  /** The presence login-ok gave a device of the account: what it was at the moment of the login. */
  @Then("{device} was told at login that {address} is {word}")
  public void presenceAtLogin(Device device, String address, String presence) {
    Sessions.requireLoggedIn(world, device);
    List<Contact> devices = Contact.listOf(device.loginOk().body().path("devices"));
    Optional<Contact> listed = ContactLists.find(devices, address);
    Expect.that(
        listed.isPresent() && presence.equals(listed.get().presence()),
        PRESENCE,
        "login-ok of " + device.the() + " to show " + address + " " + presence,
        listed.map(c -> "it shows " + c.describe()).orElse("it does not list " + address));
  }
}
