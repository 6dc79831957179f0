package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Optional;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.ReceivedFrame;

/**
 * A device's settings frame (spec: Receive permissions, The primary device): asked for with
 * get-settings, changed with set-receive, and sent unasked when its policy, role or label changes.
 */
public final class SettingsSteps {
  private final World world;

  public SettingsSteps(World world) {
    this.world = world;
  }

  @When("{device} asks for its settings")
  public void asks(Device device) {
    device.ask(Frames::getSettings);
  }

  @When("{device} sets its own receive permission to {word}")
  public void setsReceive(Device device, String receive) {
    device.ask(id -> Frames.setReceive(id, receive));
  }

  @Then(
      "{device} is answered with its settings: role {word}, receive {word}, policy transfers"
          + " {word} and messages {word}")
  public void answered(
      Device device, String role, String receive, String transfers, String messages) {
    String expected =
        device.the()
            + " to be answered with its settings: role "
            + role
            + ", receive "
            + receive
            + ", policy transfers "
            + transfers
            + " and messages "
            + messages;
    ReceivedFrame settings = AnswerSteps.answer(world, device.lastAsked(), expected);
    JsonNode body = settings.body();
    Expect.that(
        settings.is("settings")
            && device.address().equals(body.path("address").asText())
            && device.label().equals(body.path("label").asText())
            && role.equals(body.path("role").asText())
            && receive.equals(body.path("receive").asText())
            && transfers.equals(body.path("policy").path("transfers").asText())
            && messages.equals(body.path("policy").path("messages").asText()),
        world,
        expected
            + ", with its address "
            + device.address()
            + " and label \""
            + device.label()
            + "\"",
        "received " + settings.describe());
  }

  @Then("{device} is sent its settings with the role {word}")
  public void sentRole(Device device, String role) {
    sent(device, "the role " + role, s -> role.equals(s.path("role").asText()));
  }

  @Then("{device} is sent its settings with the label {string}")
  public void sentLabel(Device device, String label) {
    sent(device, "the label \"" + label + "\"", s -> label.equals(s.path("label").asText()));
  }

  @Then(
      "{device} is sent its settings with the policy transfers {word}, messages {word} and"
          + " maxFileBytes {int}")
  public void sentPolicy(Device device, String transfers, String messages, int maxFileBytes) {
    sent(
        device,
        "the policy transfers "
            + transfers
            + ", messages "
            + messages
            + ", maxFileBytes "
            + maxFileBytes,
        s ->
            transfers.equals(s.path("policy").path("transfers").asText())
                && messages.equals(s.path("policy").path("messages").asText())
                && s.path("policy").path("maxFileBytes").asLong() == maxFileBytes);
  }

  /**
   * A server may send a device its settings of its own accord, but every settings frame shows the
   * device's settings as they are: none may show a change that did not happen to this device.
   */
  @Then("{device} is sent no settings with the role {word}")
  public void sentNoRole(Device device, String role) {
    sentNone(device, "the role " + role, s -> role.equals(s.path("role").asText()));
  }

  @Then("{device} is sent no settings with the policy transfers {word}")
  public void sentNoPolicy(Device device, String transfers) {
    sentNone(
        device,
        "the policy transfers " + transfers,
        s -> transfers.equals(s.path("policy").path("transfers").asText()));
  }

  private void sentNone(
      Device device, String what, java.util.function.Predicate<JsonNode> showing) {
    Client client = device.client();
    Receive.settle(world, client);
    List<ReceivedFrame> wrong =
        client.inbox().received("settings").stream().filter(f -> showing.test(f.body())).toList();
    Expect.that(
        wrong.isEmpty(),
        world,
        device.the() + " to be sent no settings with " + what + ", a change it did not undergo",
        wrong.isEmpty() ? "" : "it was sent " + wrong.get(0).text());
  }

  /** The settings frame the device was sent unasked, about itself, with what a change made. */
  private void sent(Device device, String what, java.util.function.Predicate<JsonNode> shows) {
    Client client = device.client();
    Optional<ReceivedFrame> settings =
        client.inbox().takeEvent(f -> f.is("settings") && shows.test(f.body()), client.timeout());
    if (settings.isEmpty()) {
      Receive.failWithInvalidFrames(client);
      // Whatever the scenario is about, a change's settings frame that never came breaks this.
      throw Expect.failure(
          List.of("REQ-PRIMARY-003"),
          device.the() + " to be sent its settings at once, with " + what,
          client.inbox().received("settings").isEmpty()
              ? "it was sent no settings frame"
              : "it was sent only "
                  + client.inbox().received("settings").stream()
                      .map(ReceivedFrame::describe)
                      .toList());
    }
    Expect.that(
        device.address().equals(settings.get().body().path("address").asText()),
        world,
        "the settings sent to " + device.the() + " to be its own, " + device.address(),
        "they are those of " + settings.get().body().path("address").asText());
  }
}
