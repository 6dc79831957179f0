package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.Inbox;
import org.mplp.conformance.driver.WireEvent;

/** Sessions that end: by logout, by the connection going away, by another login of the device. */
public final class SessionEndSteps {
  private final World world;

  public SessionEndSteps(World world) {
    this.world = world;
  }

  @When("{device} logs out")
  public void logsOut(Device device) {
    logout(device, false);
  }

  @When("{device} logs out and removes itself")
  public void logsOutAndRemoves(Device device) {
    logout(device, true);
  }

  @When("{device}'s connection ends")
  public void connectionEnds(Device device) {
    device.client().connection().leave();
  }

  @Then("{device}'s logout is answered with ok and the connection closed with close code {int}")
  public void logoutAnswered(Device device, int code) {
    String expected =
        "the logout of " + device.the() + " to be answered with ok, then a close with code " + code;
    Asked logout = device.lastAsked("logout");
    if (logout.reply("ok") == null) {
      throw Receive.unexpected(world, expected, logout.answer());
    }
    WireEvent close = device.closeAfterLogout();
    Expect.that(
        close instanceof WireEvent.Closed c && c.code() == code,
        world,
        expected,
        "after the ok " + close.describe());
  }

  @Then("{device}'s earlier connection receives the fatal error {word}")
  public void earlierGetsFatal(Device device, String code) {
    Client earlier = device.earlier();
    String expected =
        "the earlier connection of " + device.the() + " to get the fatal error " + code;
    Receive.fatalError(world, earlier, code, expected);
  }

  @Then("{device}'s earlier connection is closed with close code {int} and reason {word}")
  public void earlierClosed(Device device, int code, String reason) {
    Client earlier = device.earlier();
    String expected =
        "the earlier connection of "
            + device.the()
            + " to be closed with close code "
            + code
            + " and reason "
            + reason;
    WireEvent event = earlier.inbox().awaitEnd(earlier.timeout());
    Expect.that(
        event instanceof WireEvent.Closed c && c.code() == code && reason.equals(c.reason()),
        world,
        expected,
        event.describe());
  }

  /** Waits for the answer and the close, so that later steps find the session ended. */
  private void logout(Device device, boolean remove) {
    Asked logout = device.ask(id -> Frames.logout(id, remove));
    Inbox inbox = device.client().inbox();
    boolean ok = logout.reply("ok") != null;
    if (ok && remove) {
      device.removed();
    }
    device.closedAfterLogout(ok ? inbox.awaitEnd(device.client().timeout()) : logout.answer());
  }
}
