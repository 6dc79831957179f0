package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.mplp.conformance.driver.Contact;
import org.mplp.conformance.driver.ReceivedFrame;

/** Device events (S12): what the other online devices of the account are told, and who is not. */
public final class EventSteps {
  /** A device-event shows the presence the device has after the change. */
  private static final String PRESENCE = "REQ-DEVICE-006";

  private final World world;

  public EventSteps(World world) {
    this.world = world;
  }

  @Then("{device} is told device {address} was added")
  public void added(Device device, String address) {
    told(device, "added", address);
  }

  @Then("{device} is told device {address} was added with the same login time and last IP")
  public void addedWithRecords(Device device, String address) {
    Contact event = told(device, "added", address);
    Contact self =
        world.devices().stream()
            .filter(d -> address.equals(d.address()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no device of the scenario is " + address))
            .self();
    Expect.that(
        event.loginTime().equals(self.loginTime()) && event.lastIp().equals(self.lastIp()),
        world,
        "the event to carry the login time "
            + self.loginTime()
            + " and last IP "
            + self.lastIp()
            + " that "
            + address
            + " was told at login",
        "it carries the login time " + event.loginTime() + " and last IP " + event.lastIp());
  }

  @Then("{device} is told device {address} came online")
  public void online(Device device, String address) {
    told(device, "online", address);
  }

  @Then("{device} is told device {address} went offline")
  public void offline(Device device, String address) {
    told(device, "offline", address);
  }

  @Then("{device} is told device {address} was updated with the label {string}")
  public void updated(Device device, String address, String label) {
    Contact event = told(device, "updated", address);
    Expect.that(
        label.equals(event.label()),
        world,
        device.the() + " to be told the new label \"" + label + "\" of " + address,
        "the event says " + event.describe());
  }

  @Then("{device} is told device {address} was updated with the role {word}")
  public void updatedRole(Device device, String address, String role) {
    told(device, "updated", address, c -> role.equals(c.role()), " with the role " + role);
  }

  @Then("{device} is told device {address} was removed")
  public void removed(Device device, String address) {
    told(device, "removed", address);
  }

  @Then("{device} is sent no device-event about a device of {account}")
  public void noEventsAbout(Device device, String account) {
    Client client = device.client();
    Receive.settle(world, client);
    String prefix = world.account(account).name() + "-";
    for (ReceivedFrame event : client.inbox().events()) {
      Contact about = Contact.of(event.body().path("device"));
      Expect.that(
          !about.address().startsWith(prefix),
          world,
          "no device-event about a device of another account on " + device.the(),
          "it was told " + event.body().path("event").asText() + " " + about.describe());
    }
  }

  /** The device-event {@code kind} about {@code address}, waiting for it at most the timeout. */
  private Contact told(Device device, String kind, String address) {
    return told(device, kind, address, c -> true, "");
  }

  /** The device-event {@code kind} about {@code address} whose contact also {@code shows}. */
  private Contact told(
      Device device, String kind, String address, Predicate<Contact> shows, String what) {
    Client client = device.client();
    Optional<ReceivedFrame> event =
        client
            .inbox()
            .takeEvent(
                e -> {
                  Contact c = Contact.of(e.body().path("device"));
                  return kind.equals(e.body().path("event").asText())
                      && address.equals(c.address())
                      && shows.test(c);
                },
                client.timeout());
    if (event.isEmpty()) {
      Receive.failWithInvalidFrames(client);
      List<String> got =
          client.inbox().events().stream()
              .map(
                  e ->
                      e.body().path("event").asText()
                          + " "
                          + Contact.of(e.body().path("device")).describe())
              .toList();
      throw Expect.failure(
          world,
          device.the() + " to be told by a device-event " + kind + " about " + address + what,
          got.isEmpty() ? "it received no device-event" : "it received only " + got);
    }
    Contact about = Contact.of(event.get().body().path("device"));
    String presence = kind.equals("offline") ? "offline" : "online";
    Expect.that(
        kind.equals("updated") || kind.equals("removed") || presence.equals(about.presence()),
        PRESENCE,
        "the device-event " + kind + " to show " + address + " " + presence,
        "it shows " + about.describe());
    return about;
  }
}
