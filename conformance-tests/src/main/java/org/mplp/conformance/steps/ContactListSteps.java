package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.mplp.conformance.driver.Contact;

/** A device's contact list (S11, S12): who is in it, with which presence, role and label. */
public final class ContactListSteps {
  private final World world;

  public ContactListSteps(World world) {
    this.world = world;
  }

  @Then("{device}'s contact list holds exactly {addresses}")
  public void holdsExactly(Device device, List<String> addresses) {
    List<Contact> contacts =
        ContactLists.until(world, device, c -> ContactLists.exactly(c, addresses));
    ContactLists.expectExactly(world, device, addresses, contacts, "contact list");
  }

  @Then("{device}'s contact list is empty")
  public void empty(Device device) {
    holdsExactly(device, List.of());
  }

  @Then("{device}'s contact list holds no device of {account}")
  public void noneOf(Device device, String account) {
    String prefix = world.account(account).name() + "-";
    List<Contact> contacts =
        Contact.listOf(ContactLists.list(world, device).body().path("devices"));
    Expect.that(
        contacts.stream().noneMatch(c -> c.address().startsWith(prefix)),
        world,
        "the contact list of " + device.the() + " to hold no device of another account",
        "it holds " + ContactLists.describe(contacts));
  }

  /** online, offline (presence) or primary, secondary (role). */
  @Then("{device}'s contact list shows {address} as {word}")
  public void showsAs(Device device, String address, String state) {
    boolean presence = state.equals("online") || state.equals("offline");
    shows(device, address, "as " + state, c -> state.equals(presence ? c.presence() : c.role()));
  }

  @Then("{device}'s contact list shows {address} labelled {string}")
  public void showsLabelled(Device device, String address, String label) {
    shows(device, address, "labelled \"" + label + "\"", c -> label.equals(c.label()));
  }

  @Then("{device}'s contact list shows {address} labelled as {device} logged in")
  public void showsOriginalLabel(Device device, String address, Device labelled) {
    showsLabelled(device, address, labelled.label());
  }

  @Then("{device}'s contact list shows {address} with a last IP that is not {word}")
  public void showsLastIpNot(Device device, String address, String claimed) {
    shows(
        device,
        address,
        "with the last IP the server observed, not the claimed " + claimed,
        c -> !RecordSteps.sameAddress(c.lastIp(), claimed));
  }

  private void shows(Device device, String address, String how, Predicate<Contact> check) {
    List<Contact> contacts =
        ContactLists.until(
            world, device, c -> ContactLists.find(c, address).map(check::test).orElse(false));
    Optional<Contact> contact = ContactLists.find(contacts, address);
    Expect.that(
        contact.map(check::test).orElse(false),
        world,
        "the contact list of " + device.the() + " to show " + address + " " + how,
        contact.isEmpty()
            ? "it holds " + ContactLists.describe(contacts)
            : "it shows " + contact.get().describe() + " with last IP " + contact.get().lastIp());
  }
}
