package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.LaterFrames;
import org.mplp.conformance.driver.Peer;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.Texts;
import org.mplp.conformance.driver.WireEvent;

/** Sending messages to the account's own devices (S41) and what the sender is answered. */
public final class MessageSteps {
  private final World world;
  private final Mail mail;

  public MessageSteps(World world, Mail mail) {
    this.world = world;
    this.mail = mail;
  }

  @When("{device} sends {string} to {address}")
  public void sends(Device device, String body, String to) {
    send(device, mail.newClientMessageId(device), null, to, body);
  }

  @When("{device} sends {string} to {address}, naming itself as the sender")
  public void sendsNamingItself(Device device, String body, String to) {
    send(device, mail.newClientMessageId(device), device.address(), to, body);
  }

  @When("{device} sends {string} to {address}, naming {address} as the sender")
  public void sendsForged(Device device, String body, String to, String from) {
    send(device, mail.newClientMessageId(device), from, to, body);
  }

  @When("{device} sends {string} to {address} with the clientMessageId {word}")
  public void sendsWithClientMessageId(Device device, String body, String to, String id) {
    send(device, id, null, to, body);
  }

  @When("{device} sends {string} to all its other devices")
  public void sendsToAll(Device device, String body) {
    send(device, mail.newClientMessageId(device), null, "*", body);
  }

  @When("{device} sends {string} to {address} again with the same clientMessageId")
  public void sendsAgain(Device device, String body, String to) {
    send(device, mail.lastSent(device).clientMessageId(), null, to, body);
  }

  @When("{device} sends {string} to {address} with members of a later version")
  public void sendsFromALaterVersion(Device device, String body, String to) {
    String clientMessageId = mail.newClientMessageId(device);
    Client client = device.client();
    String id = client.newId();
    Peer later = Peer.writingWith(client, LaterFrames.over(client.writer()));
    WireEvent answer = later.exchange(id, Frames.send(id, clientMessageId, null, to, body));
    mail.sent(device, new Mail.Sent(id, clientMessageId, to, body, answer));
  }

  @When("{device} sends a message of maxMessageBytes bytes to {address}")
  public void sendsLargest(Device device, String to) {
    sendOfSize(device, world.limit("maxMessageBytes"), to);
  }

  @When("{device} sends a message of maxMessageBytes plus one byte to {address}")
  public void sendsTooLarge(Device device, String to) {
    sendOfSize(device, world.limit("maxMessageBytes") + 1, to);
  }

  @Then("{device} is told the message was accepted")
  public void accepted(Device device) {
    Mail.Sent sent = mail.lastSent(device);
    acceptedFor(device, List.of(sent.to()));
  }

  @Then("{device} is told the message was accepted for {addresses}")
  public void acceptedFor(Device device, List<String> recipients) {
    Mail.Sent sent = mail.lastSent(device);
    ReceivedFrame accepted = requireAccepted(device, sent);
    List<String> to = new ArrayList<>();
    accepted.body().path("recipients").forEach(r -> to.add(r.path("to").asText()));
    Expect.that(
        accepted.text("clientMessageId") != null
            && accepted.text("clientMessageId").equals(sent.clientMessageId())
            && to.size() == recipients.size()
            && to.containsAll(recipients),
        world,
        "a message-accepted for "
            + sent.clientMessageId()
            + " with one entry for each of "
            + recipients,
        "it names " + accepted.text("clientMessageId") + " and the recipients " + to);
  }

  @Then("{device} is told the same message-accepted as the first time")
  public void sameAccepted(Device device) {
    List<Mail.Sent> sends = mail.sends(device);
    ReceivedFrame first = requireAccepted(device, sends.get(sends.size() - 2));
    ReceivedFrame again = requireAccepted(device, sends.get(sends.size() - 1));
    Expect.that(
        first.body().path("recipients").equals(again.body().path("recipients"))
            && first.text("sentAt").equals(again.text("sentAt")),
        world,
        "the repeated send to be answered with the recipients and sentAt of the first, "
            + first.body().path("recipients")
            + " at "
            + first.text("sentAt"),
        "it was answered with " + again.body().path("recipients") + " at " + again.text("sentAt"));
  }

  private ReceivedFrame requireAccepted(Device device, Mail.Sent sent) {
    ReceivedFrame accepted = sent.accepted();
    if (accepted == null) {
      throw Receive.unexpected(
          world,
          "the send " + sent.frameId() + " of " + device.the() + " answered with message-accepted",
          sent.answer());
    }
    return accepted;
  }

  /**
   * A body of {@code bytes} that needs no escaping, in a send that must fit one frame; the spec
   * makes maxFrameBytes leave room for it (REQ-LIMIT-005), which the limits scenarios check.
   */
  private void sendOfSize(Device device, int bytes, String to) {
    String clientMessageId = mail.newClientMessageId(device);
    String body = "x".repeat(bytes);
    String text =
        device.client().writer().write(Frames.send("s-999999", clientMessageId, null, to, body));
    int frameBytes = world.limit("maxFrameBytes");
    if (Texts.utf8Length(text) > frameBytes) {
      throw Verdicts.notApplicable(
          "a send with a body of "
              + bytes
              + " bytes takes "
              + Texts.utf8Length(text)
              + " bytes, more than maxFrameBytes "
              + frameBytes);
    }
    send(device, clientMessageId, null, to, body);
  }

  private void send(Device device, String clientMessageId, String from, String to, String body) {
    Asked send = device.ask(id -> Frames.send(id, clientMessageId, from, to, body));
    mail.sent(device, new Mail.Sent(send.id(), clientMessageId, to, body, send.answer()));
  }
}
