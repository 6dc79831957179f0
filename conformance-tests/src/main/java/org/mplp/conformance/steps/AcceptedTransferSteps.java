package org.mplp.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.OfferFile;
import org.mplp.conformance.driver.ReceivedFrame;

/**
 * Gets a file accepted with raw control frames, so the data channel's scenarios have tokens to use,
 * and ends it again (file-result, cancel-transfer). These steps check only what they need; the
 * transfer scenarios judge the control channel.
 */
public final class AcceptedTransferSteps {
  private static final String MEDIA_TYPE = "application/octet-stream";

  private final World world;
  private final DataTransfers transfers;

  public AcceptedTransferSteps(World world, DataTransfers transfers) {
    this.world = world;
    this.transfers = transfers;
  }

  @Given("an accepted transfer of a {int} byte file from {device} to {device}")
  public void accepted(int size, Device sender, Device recipient) {
    acceptedNamed("", size, sender, recipient);
  }

  @Given("an accepted transfer {string} of a {int} byte file from {device} to {device}")
  public void acceptedNamed(String name, int size, Device sender, Device recipient) {
    byte[] content = new byte[size];
    new Random(size * 31L + name.hashCode()).nextBytes(content);
    String sha256 = sha256(content);
    Client from = sender.client();
    String offerId = from.newId();
    OfferFile file = new OfferFile("data-" + size + ".bin", null, size, sha256, MEDIA_TYPE);
    from.send(Frames.offer(offerId, recipient.address(), "ask", null, List.of(file)));
    ReceivedFrame offered = answer(from, offerId, "the transfer frame answering the offer");
    String transferId = offered.text("transferId");

    Client to = recipient.client();
    transfers.await(to, f -> f.is("transfer") && transferId.equals(f.text("transferId")));
    String acceptId = to.newId();
    to.send(Frames.acceptOffer(acceptId, transferId, null));
    ReceivedFrame forRecipient = answer(to, acceptId, "the transfer frame answering accept-offer");
    ReceivedFrame forSender =
        transfers.await(
            from,
            f ->
                f.is("transfer")
                    && transferId.equals(f.text("transferId"))
                    && "accepted".equals(f.text("state")));
    Expect.that(
        forSender != null,
        "REQ-XFER-014",
        "the accepted transfer " + transferId + " to reach " + sender.the(),
        "it did not come within " + from.timeout());
    transfers.add(
        name,
        new DataTransfers.Accepted(
            transferId, sender, recipient, content, sha256, token(forSender), token(forRecipient)));
  }

  @When("{device} reports the file received")
  public void reportsReceived(Device device) {
    DataTransfers.Accepted transfer = transfers.get("");
    Client client = device.client();
    String id = client.newId();
    client.send(Frames.fileResult(id, transfer.transferId(), 0, "received"));
    answer(client, id, "the transfer frame answering file-result");
  }

  @When("{device} cancels the accepted transfer")
  public void cancels(Device device) {
    DataTransfers.Accepted transfer = transfers.get("");
    Client client = device.client();
    String id = client.newId();
    client.send(Frames.cancelTransfer(id, transfer.transferId(), null));
    answer(client, id, "the transfer frame answering cancel-transfer");
  }

  private ReceivedFrame answer(Client client, String id, String expected) {
    // An error that names no frame may still be the answer: the server could not read the id.
    ReceivedFrame frame =
        transfers.await(
            client, f -> id.equals(f.replyTo()) || f.is("error") && f.replyTo() == null);
    Expect.that(
        frame != null && frame.is("transfer"),
        world,
        expected + " (replying to " + id + ")",
        frame == null ? "none came within " + client.timeout() : "received " + frame.describe());
    return frame;
  }

  /** The token of the transfer's file 0. */
  private static String token(ReceivedFrame transfer) {
    return transfer.body().path("files").path(0).path("token").asText(null);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
