package org.mplp.conformance.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.ReceivedFrame;

/**
 * Receipts kept until their sender acknowledges them (REQ-MSG-021 to REQ-MSG-023), and connections
 * that die without either side noticing. The receipt-ack's answer is judged by the answer steps.
 */
public final class ReceiptAckSteps {
  private final World world;
  private final Mail mail;

  public ReceiptAckSteps(World world, Mail mail) {
    this.world = world;
    this.mail = mail;
  }

  @When("{device}'s connection goes silent")
  public void goesSilent(Device device) {
    device.client().connection().goSilent();
  }

  @When("{device}'s connection drops without a close")
  public void drops(Device device) {
    device.client().connection().dropWithoutClose();
  }

  @When("{device} acknowledges the receipts it was sent")
  public void acknowledgesReceipts(Device device) {
    List<String> ids = new ArrayList<>();
    for (String type : List.of("delivered", "undeliverable")) {
      for (ReceivedFrame receipt : device.client().inbox().received(type)) {
        String id = receipt.text("messageId");
        if (id != null && !ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    Expect.that(
        !ids.isEmpty(),
        world,
        device.the() + " to have been sent a receipt to acknowledge",
        "it was sent none");
    device.ask(id -> Frames.receiptAck(id, ids));
  }

  @When("{device} acknowledges a receipt it was never sent")
  public void acknowledgesUnknownReceipt(Device device) {
    device.ask(id -> Frames.receiptAck(id, List.of("m-no-such-receipt")));
  }

  @Then("{device} is not told again that the message was delivered")
  public void notToldAgain(Device device) {
    Receive.settle(world, device.client());
    Mail.Sent sent = mail.lastSent(device);
    String messageId = sent.messageIdFor(sent.to());
    long count =
        device.client().inbox().received("delivered").stream()
            .filter(f -> messageId.equals(f.text("messageId")))
            .count();
    Expect.that(
        count == 0,
        world,
        device.the()
            + " not to be sent delivered for "
            + messageId
            + " again after its receipt-ack",
        "it was sent it " + count + " time(s) on its new connection");
  }
}
