package org.mplp.conformance.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mplp.conformance.driver.Contact;
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

  /** The frames only the primary device may send. */
  @ParameterType("set-policy|revoke-device|make-primary")
  public String primaryFrame(String type) {
    return type;
  }

  @When("{device} sets the policy of {address} to transfers {word} and messages {word}")
  public void setsPolicy(Device device, String address, String transfers, String messages) {
    ask(device, id -> SettingsSteps.texts(world).setPolicy(id, address, transfers, messages, null));
  }

  @When(
      "{device} sets the policy of {address} to transfers {word}, messages {word} and"
          + " maxFileBytes {int}")
  public void setsPolicyWithCap(
      Device device, String address, String transfers, String messages, int maxFileBytes) {
    ask(
        device,
        id ->
            SettingsSteps.texts(world)
                .setPolicy(id, address, transfers, messages, (long) maxFileBytes));
  }

  @When("{device} revokes {address}")
  public void revokes(Device device, String address) {
    ask(device, id -> SettingsSteps.texts(world).revokeDevice(id, address));
  }

  @When("{device} makes {address} primary")
  public void makesPrimary(Device device, String address) {
    ask(device, id -> SettingsSteps.texts(world).makePrimary(id, address));
  }

  @Then("{device}'s {primaryFrame} is answered with ok")
  public void answeredOk(Device device, String type) {
    String expected = "the " + type + " of " + device.the() + " to be answered with ok";
    ReceivedFrame answer = answer(device, expected);
    Expect.that(answer.is("ok"), world, expected, "received " + answer.describe());
  }

  @Then("{device}'s {primaryFrame} is refused with the error {word}")
  public void refused(Device device, String type, String code) {
    String expected = "the " + type + " of " + device.the() + " to be refused with " + code;
    ReceivedFrame answer = answer(device, expected);
    Expect.that(
        answer.is("error") && code.equals(answer.code()),
        world,
        expected,
        "received " + answer.describe());
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
    WireEvent error = client.inbox().awaitEnd(client.timeout());
    if (!(error instanceof WireEvent.Frame f)) {
      throw Receive.unexpected(world, expected, error);
    }
    Receive.valid(f.frame());
    Expect.that(
        f.frame().is("error")
            && code.equals(f.frame().code())
            && Boolean.TRUE.equals(f.frame().fatal()),
        world,
        expected,
        "it received " + f.frame().describe());
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

  /** Sends the frame built with a fresh id and keeps its answer for the Then steps. */
  private void ask(Device device, UnaryOperator<String> frameWithId) {
    Client client = device.client();
    String id = client.newId();
    client.send(frameWithId.apply(id));
    device.answered(client.inbox().answerTo(id, client.timeout()));
  }

  private ReceivedFrame answer(Device device, String expected) {
    WireEvent answer = device.lastAnswer();
    if (!(answer instanceof WireEvent.Frame f)) {
      throw Receive.unexpected(world, expected, answer);
    }
    Receive.valid(f.frame());
    return f.frame();
  }
}
