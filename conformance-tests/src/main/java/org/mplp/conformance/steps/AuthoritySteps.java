package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Optional;
import org.mplp.conformance.driver.Contact;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.WireEvent;

/**
 * What only the primary device may do (spec: The primary device, claim 5): set a policy, revoke a
 * device, hand over the role; and what the devices are told of it.
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
    device.ask(id -> Frames.revokeDevice(id, address));
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

  @Then("{device} is told device {address} was updated with the role {word}")
  public void updatedRole(Device device, String address, String role) {
    Client client = device.client();
    Optional<ReceivedFrame> event =
        client
            .inbox()
            .takeEvent(
                e ->
                    "updated".equals(e.body().path("event").asText())
                        && address.equals(e.body().path("device").path("address").asText())
                        && role.equals(e.body().path("device").path("role").asText()),
                client.timeout());
    if (event.isEmpty()) {
      Receive.failWithInvalidFrames(client);
      throw Expect.failure(
          world,
          device.the() + " to be told by a device-event updated that " + address + " is " + role,
          "it received "
              + client.inbox().events().stream()
                  .map(
                      e ->
                          e.body().path("event").asText()
                              + " "
                              + Contact.of(e.body().path("device")).describe())
                  .toList());
    }
  }
}
