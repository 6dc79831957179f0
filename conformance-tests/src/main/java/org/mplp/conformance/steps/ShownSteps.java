package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.Texts;
import org.mplp.conformance.driver.WireEvent;

/** Messages arriving at a device (S42, S43): shown, in order, and acknowledged. */
public final class ShownSteps {
  /** An offline recipient gets its messages after the login-ok of its next login. */
  private static final String DELIVERY = "REQ-MSG-010";

  private final World world;
  private final Mail mail;

  public ShownSteps(World world, Mail mail) {
    this.world = world;
    this.mail = mail;
  }

  @Then("{device} shows a message from {address} saying {string}")
  public void shows(Device device, String from, String body) {
    ReceivedFrame message = next(device, "a message from " + from + " saying \"" + body + "\"");
    Expect.that(
        from.equals(message.text("from"))
            && body.equals(message.text("body"))
            && device.address().equals(message.text("to")),
        world,
        device.the()
            + " to be sent a message from "
            + from
            + " to "
            + device.address()
            + " saying \""
            + body
            + "\"",
        "the next message came from "
            + message.text("from")
            + " to "
            + message.text("to")
            + " saying \""
            + abbreviated(message)
            + "\"");
    Receive.afterLoginOk(device, message, DELIVERY);
    mail.shown(device, message);
  }

  @Then("{device} shows the message from {address} saying {string} again")
  public void showsAgain(Device device, String from, String body) {
    List<String> before = mail.shown(device).stream().map(m -> m.text("messageId")).toList();
    shows(device, from, body);
    String id = mail.shown(device).get(mail.shown(device).size() - 1).text("messageId");
    Expect.that(
        before.contains(id),
        world,
        device.the() + " to be sent again the message it was sent before, one of " + before,
        "the message has the new messageId " + id);
  }

  @Then("the messages {device} showed carry the seq {int} and up, one more each")
  public void seqGrowsByOne(Device device, int first) {
    List<ReceivedFrame> shown = mail.shown(device);
    for (int i = 0; i < shown.size(); i++) {
      long seq = shown.get(i).body().path("seq").asLong();
      Expect.that(
          seq == first + i,
          world,
          "message number " + (i + 1) + " for " + device.the() + " to carry seq " + (first + i),
          "it carries seq " + seq);
    }
  }

  @Then("{device} is shown no further message")
  public void noFurtherMessage(Device device) {
    Receive.settle(world, device.client());
    List<ReceivedFrame> more = device.client().inbox().waiting("message");
    Expect.that(
        more.isEmpty(),
        world,
        "no further message for " + device.the(),
        "it was sent " + more.size() + " more, the first saying \"" + first(more) + "\"");
  }

  @When("{device} acknowledges the messages it was shown")
  public void acknowledges(Device device) {
    List<String> ids =
        mail.shown(device).stream().map(m -> m.text("messageId")).distinct().toList();
    expectOk(device, ack(device, ids));
  }

  @When("{device} acknowledges the message meant for {address}")
  public void acknowledgesForeign(Device device, String address) {
    expectOk(device, ack(device, List.of(mail.messageIdFor(address))));
  }

  /** REQ-MSG-020: every message-ack is answered with ok, whatever it names. */
  private void expectOk(Device device, WireEvent answer) {
    if (!(answer instanceof WireEvent.Frame f && f.frame().is("ok"))) {
      throw Receive.unexpected(
          world, "the message-ack of " + device.the() + " answered (REQ-MSG-020)", answer);
    }
  }

  private WireEvent ack(Device device, List<String> messageIds) {
    return device.ask(id -> Frames.messageAck(id, messageIds)).answer();
  }

  private ReceivedFrame next(Device device, String expected) {
    Client client = device.client();
    var message = client.inbox().takeEvent(f -> f.is("message"), client.timeout());
    if (message.isEmpty()) {
      Receive.failWithInvalidFrames(client);
      throw Expect.failure(world, device.the() + " to be sent " + expected, "none arrived");
    }
    Receive.valid(message.get());
    return message.get();
  }

  private static String first(List<ReceivedFrame> messages) {
    return messages.isEmpty() ? "" : abbreviated(messages.get(0));
  }

  private static String abbreviated(ReceivedFrame message) {
    return Texts.abbreviate(String.valueOf(message.text("body")), 60);
  }
}
