package org.mplp.conformance.steps;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.mplp.conformance.driver.Contact;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.ReceivedFrame;

/** Asking a device for its contact list (list-devices) and judging what it holds. */
final class ContactLists {
  private static final long POLL_MILLIS = 100;

  private ContactLists() {}

  /** The device-list that answers a list-devices of the device. */
  static ReceivedFrame list(World world, Device device) {
    Sessions.requireLoggedIn(world, device);
    Asked asked = device.ask(Frames::listDevices);
    String expected =
        asked.describe() + " of " + device.the() + " to be answered with a device-list";
    ReceivedFrame list = AnswerSteps.answer(world, asked, expected);
    Expect.that(list.is("device-list"), world, expected, "received " + list.describe());
    return list;
  }

  /**
   * The device's contacts once they pass {@code check}, or the last ones when they do not within
   * the spec's "at once". A session that ends because its connection closed ends at the server some
   * time after the close; the kit cannot know when, so it asks again until the timeout.
   */
  static List<Contact> until(World world, Device device, Predicate<List<Contact>> check) {
    long deadline = System.nanoTime() + world.waits().atOnce().toNanos();
    while (true) {
      List<Contact> contacts = Contact.listOf(list(world, device).body().path("devices"));
      if (check.test(contacts) || System.nanoTime() - deadline >= 0) {
        return contacts;
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return contacts;
      }
    }
  }

  static Optional<Contact> find(List<Contact> contacts, String address) {
    return contacts.stream().filter(c -> c.address().equals(address)).findFirst();
  }

  static boolean exactly(List<Contact> contacts, List<String> addresses) {
    List<String> actual = contacts.stream().map(Contact::address).sorted().toList();
    return actual.equals(addresses.stream().sorted().toList());
  }

  /** Fails unless {@code contacts} are exactly the devices at {@code addresses}. */
  static void expectExactly(
      World world, Device device, List<String> addresses, List<Contact> contacts, String where) {
    List<String> actual = contacts.stream().map(Contact::address).toList();
    boolean itself = device.address() != null && actual.contains(device.address());
    Expect.that(
        exactly(contacts, addresses),
        world,
        "the "
            + where
            + " of "
            + device.the()
            + " to hold exactly "
            + (addresses.isEmpty() ? "no device" : String.join(", ", addresses)),
        "it holds "
            + (actual.isEmpty() ? "no device" : String.join(", ", actual))
            + (itself ? ", itself among them" : ""));
  }

  static String describe(List<Contact> contacts) {
    return contacts.isEmpty()
        ? "no device"
        : String.join(", ", contacts.stream().map(Contact::describe).toList());
  }
}
