package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Random;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.OfferFile;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.WireEvent;

/**
 * A direct transfer to a device that is offline (REQ-XFER-029): accepted at once, uploaded while
 * the recipient is away, and handed to the recipient with its download token after its next login.
 */
public final class OfflineTransferSteps {
  private static final String MEDIA_TYPE = "application/octet-stream";

  private final World world;
  private final DataTransfers transfers;
  private final Transfers spoken;

  public OfflineTransferSteps(World world, DataTransfers transfers, Transfers spoken) {
    this.world = world;
    this.transfers = transfers;
    this.spoken = spoken;
  }

  /** The sender holds the upload token from the answer; the recipient's comes at its login. */
  @When("{device} makes a direct offer of a {int} byte file to {device}")
  public void directOffer(Device sender, int size, Device recipient) {
    byte[] content = new byte[size];
    new Random(size * 17L).nextBytes(content);
    String sha256 = AcceptedTransferSteps.sha256(content);
    Client from = sender.client();
    String offerId = from.newId();
    OfferFile file = new OfferFile("waiting-" + size + ".bin", null, size, sha256, MEDIA_TYPE);
    ObjectNode offer = Frames.offer(offerId, recipient.address(), "direct", null, List.of(file));
    WireEvent answer = from.exchange(offerId, offer);
    ReceivedFrame frame = answer instanceof WireEvent.Frame f ? f.frame() : null;
    Expect.that(
        frame != null && frame.is("transfer") && "accepted".equals(frame.text("state")),
        world,
        "the direct offer to the offline "
            + recipient.the()
            + " to be answered with a transfer in the state accepted (REQ-PERM-002)",
        answer.describe());
    spoken.looked(frame);
    transfers.add(
        "",
        new DataTransfers.Accepted(
            frame.text("transferId"),
            sender,
            recipient,
            content,
            sha256,
            frame.body().path("files").path(0).path("token").asText(null),
            null));
  }

  /** After its login: the transfer, accepted, with the token to download its file. */
  @Then("{device} is sent the direct transfer, accepted, with its download token")
  public void sentWithToken(Device recipient) {
    DataTransfers.Accepted waiting = transfers.get("");
    Client client = recipient.client();
    ReceivedFrame frame =
        transfers.await(
            client,
            f ->
                f.is("transfer")
                    && waiting.transferId().equals(f.text("transferId"))
                    && "accepted".equals(f.text("state")));
    String token =
        frame == null ? null : frame.body().path("files").path(0).path("token").asText(null);
    Expect.that(
        token != null,
        world,
        recipient.the()
            + " to be sent, after its login, the transfer "
            + waiting.transferId()
            + " accepted, with a download token for its file",
        frame == null ? "none came within " + client.timeout() : "it came without a token");
    Receive.valid(frame);
    Receive.afterLoginOk(recipient, frame, String.join(", ", world.requirements()));
    spoken.looked(frame);
    transfers.add(
        "",
        new DataTransfers.Accepted(
            waiting.transferId(),
            waiting.sender(),
            waiting.recipient(),
            waiting.content(),
            waiting.sha256(),
            waiting.uploadToken(),
            token));
  }
}
