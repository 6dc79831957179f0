package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.WireEvent;

/**
 * What only the primary device may do (spec: The primary device, claim 5): set a policy, revoke a
 * device, hand over the role; and how the session of a revoked device ends. Their answers are
 * judged by {@link AnswerSteps}, what the other devices are told by {@link EventSteps}.
 */
public final class AuthoritySteps {
  private final World world;

  public AuthoritySteps(World world) {
    this.world = world;
  }

  @When("{device} sets the policy of {address} to transfers {word} and messages {word}")
  public void setsPolicy(Device device, String address, String transfers, String messages) {
    device.ask(id -> Frames.setPolicy(id, address, transfers, messages, null));
  }

  @When(
      "{device} sets the policy of {address} to transfers {word}, messages {word} and"
          + " maxFileBytes {int}")
  public void setsPolicyWithCap(
      Device device, String address, String transfers, String messages, int maxFileBytes) {
    device.ask(id -> Frames.setPolicy(id, address, transfers, messages, (long) maxFileBytes));
  }

  @When("{device} revokes {address}")
  public void revokes(Device device, String address) {
    Asked revoke = device.ask(id -> Frames.revokeDevice(id, address));
    if (revoke.reply("ok") != null) {
      world.devices().stream().filter(d -> address.equals(d.address())).forEach(Device::removed);
    }
  }

  @When("{device} makes {address} primary")
  public void makesPrimary(Device device, String address) {
    device.ask(id -> Frames.makePrimary(id, address));
  }

  @Then("{device}'s session ends with the fatal error {word} and close code {int}")
  public void sessionEnds(Device device, String code, int closeCode) {
    Client client = device.client();
    String expected =
        "the session of "
            + device.the()
            + " to end with the fatal error "
            + code
            + ", then a close with code "
            + closeCode;
    Receive.fatalError(world, client, code, expected);
    WireEvent close = client.inbox().awaitEnd(client.timeout());
    Expect.that(
        close instanceof WireEvent.Closed c && c.code() == closeCode,
        world,
        expected,
        "after the error " + close.describe());
  }
}
