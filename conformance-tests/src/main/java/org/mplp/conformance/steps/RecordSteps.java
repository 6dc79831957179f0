package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.mplp.conformance.driver.Contact;
import org.mplp.conformance.driver.LocalAddress;

/** What the server recorded about a device at login and told it in login-ok (S23, S25). */
public final class RecordSteps {
  private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
  private final World world;

  public RecordSteps(World world) {
    this.world = world;
  }

  @Then("{device} is told a login time within five minutes of the kit's clock")
  public void loginTimeNow(Device device) {
    Sessions.requireLoggedIn(world, device);
    String text = device.self().loginTime();
    Instant now = Instant.now();
    Instant loginTime;
    try {
      loginTime = Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw Expect.failure(world, "a login time in RFC 3339", "login-ok says " + text);
    }
    Expect.that(
        Duration.between(loginTime, now).abs().compareTo(CLOCK_TOLERANCE) <= 0,
        world,
        "the login time of "
            + device.the()
            + " to be the server's clock at the login, within five minutes of the kit's "
            + now,
        "login-ok says " + text);
  }

  @Then("{device} is told a last IP that is the address the kit connects from")
  public void lastIpObserved(Device device) {
    Sessions.requireLoggedIn(world, device);
    String lastIp = device.self().lastIp();
    InetAddress kit = LocalAddress.toward(world.run().target(), world.run().timeout());
    boolean same = LocalAddress.parse(lastIp).map(ip -> LocalAddress.same(ip, kit)).orElse(false);
    Expect.that(
        same,
        world,
        "the last IP of "
            + device.the()
            + " to be "
            + kit.getHostAddress()
            + ", the address the kit connects from (with no proxy or NAT in between)",
        "login-ok says " + lastIp);
  }

  @Then("{device} is told a last IP that is not {word}")
  public void lastIpNotClaimed(Device device, String claimed) {
    Sessions.requireLoggedIn(world, device);
    String lastIp = device.self().lastIp();
    Expect.that(
        !sameAddress(lastIp, claimed),
        world,
        "the last IP of " + device.the() + " to be the one observed, not the claimed " + claimed,
        "login-ok says " + lastIp);
  }

  @Then("{device} is told at login that it is {word}")
  public void toldItIs(Device device, String state) {
    Sessions.requireLoggedIn(world, device);
    Contact self = device.self();
    String actual =
        state.equals("online") || state.equals("offline") ? self.presence() : self.role();
    Expect.that(
        state.equals(actual),
        world,
        device.the() + " to be told at login that it is " + state,
        "login-ok says " + self.describe());
  }

  @Then("{device} is told at login that its label is {string}")
  public void toldLabel(Device device, String label) {
    Sessions.requireLoggedIn(world, device);
    Expect.that(
        label.equals(device.self().label()),
        world,
        device.the() + " to be told at login that its label is \"" + label + "\"",
        "login-ok says " + device.self().describe());
  }

  @Then("{device} was told at login the devices {addresses}")
  public void toldDevices(Device device, List<String> addresses) {
    Sessions.requireLoggedIn(world, device);
    List<Contact> devices = Contact.listOf(device.loginOk().body().path("devices"));
    ContactLists.expectExactly(world, device, addresses, devices, "login-ok");
  }

  @Then("{device} was told at login no devices")
  public void toldNoDevices(Device device) {
    toldDevices(device, List.of());
  }

  static boolean sameAddress(String a, String b) {
    return a.equals(b)
        || LocalAddress.parse(a).flatMap(x -> LocalAddress.parse(b).map(x::equals)).orElse(false);
  }
}
