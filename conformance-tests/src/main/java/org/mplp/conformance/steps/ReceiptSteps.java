package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;
import org.mplp.conformance.driver.ReceivedFrame;

/** What a sender is told about its messages afterwards: delivered, or undeliverable. */
public final class ReceiptSteps {
  private final World world;
  private final Mail mail;

  public ReceiptSteps(World world, Mail mail) {
    this.world = world;
    this.mail = mail;
  }

  @Then("{device} is told the message was delivered")
  public void delivered(Device device) {
    deliveredTo(device, mail.lastSent(device).to());
  }

  @Then("{device} is told the message was delivered to {address}")
  public void deliveredTo(Device device, String to) {
    receipt(device, "delivered", to);
  }

  @Then("{device} is told the message to {address} is undeliverable as the device was removed")
  public void undeliverable(Device device, String to) {
    ReceivedFrame receipt = receipt(device, "undeliverable", to);
    Expect.that(
        "device-removed".equals(receipt.text("reason")),
        world,
        "the reason device-removed",
        "the reason is " + receipt.text("reason"));
  }

  /** The first receipt is waited for as long as "at once" allows; a second has until a pong. */
  @Then("{device} is told only once that the message was delivered")
  public void deliveredOnce(Device device) {
    delivered(device);
    Receive.settle(world, device.client());
    Mail.Sent sent = mail.lastSent(device);
    String messageId = sent.messageIdFor(sent.to());
    long count = count(device, "delivered", messageId);
    Expect.that(
        count == 1,
        world,
        device.the() + " to be told once that " + messageId + " was delivered",
        "it was told " + count + " times");
  }

  @Then("{device} is not told the message to {address} was delivered")
  public void notDelivered(Device device, String to) {
    Receive.settle(world, device.client());
    String messageId = mail.lastSent(device).messageIdFor(to);
    Expect.that(
        count(device, "delivered", messageId) == 0,
        world,
        device.the() + " not to be told that " + messageId + " to " + to + " was delivered",
        "it was told so");
  }

  private long count(Device device, String type, String messageId) {
    return device.client().inbox().received(type).stream()
        .filter(f -> messageId.equals(f.text("messageId")))
        .count();
  }

  /** The receipt of that type for the device's last send to {@code to}. */
  private ReceivedFrame receipt(Device device, String type, String to) {
    Mail.Sent sent = mail.lastSent(device);
    String messageId = sent.messageIdFor(to);
    if (messageId == null) {
      throw Receive.unexpected(
          world, "the send of " + device.the() + " to " + to + " accepted", sent.answer());
    }
    Client client = device.client();
    Optional<ReceivedFrame> receipt =
        client
            .inbox()
            .takeEvent(f -> f.is(type) && messageId.equals(f.text("messageId")), client.timeout());
    if (receipt.isEmpty()) {
      Receive.failWithInvalidFrames(client);
      List<String> got =
          client.inbox().received(type).stream().map(f -> f.text("messageId")).toList();
      throw Expect.failure(
          world,
          device.the() + " to be sent " + type + " for " + messageId + " to " + to,
          got.isEmpty() ? "it was sent no " + type : "it was sent " + type + " only for " + got);
    }
    ReceivedFrame r = receipt.get();
    Receive.valid(r);
    Receive.afterLoginOk(device, r, type.equals("delivered") ? "REQ-MSG-018" : "REQ-MSG-019");
    Expect.that(
        to.equals(r.text("to")) && sent.clientMessageId().equals(r.text("clientMessageId")),
        world,
        "the " + type + " to name " + to + " and clientMessageId " + sent.clientMessageId(),
        "it names " + r.text("to") + " and " + r.text("clientMessageId"));
    return r;
  }
}
