package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import java.util.List;
import java.util.Random;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.OfferFile;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.WireEvent;

/**
 * A transfer of two accepted files whose first file the data channel scenarios use: a result
 * reported for it leaves the transfer open, so the file's own state decides what its tokens may
 * still do (spec: Transfers, The data channel).
 */
public final class TwoFileTransferSteps {
  private final World world;
  private final DataTransfers transfers;

  public TwoFileTransferSteps(World world, DataTransfers transfers) {
    this.world = world;
    this.transfers = transfers;
  }

  @Given("an accepted transfer of two {int} byte files from {device} to {device}")
  public void acceptedTwo(int size, Device sender, Device recipient) {
    int maxFiles = world.limit("maxFilesPerOffer");
    if (maxFiles < 2) {
      throw Verdicts.notApplicable(
          "the scenario offers two files; maxFilesPerOffer is " + maxFiles);
    }
    if (size > world.bigLimit("maxFileBytes") || 2L * size > world.bigLimit("maxTransferBytes")) {
      throw Verdicts.notApplicable(
          "the scenario offers two files of "
              + size
              + " bytes; maxFileBytes is "
              + world.bigLimit("maxFileBytes")
              + " and maxTransferBytes "
              + world.bigLimit("maxTransferBytes"));
    }
    byte[] first = new byte[size];
    byte[] second = new byte[size];
    Random random = new Random(size * 37L);
    random.nextBytes(first);
    random.nextBytes(second);
    List<OfferFile> files =
        List.of(
            new OfferFile(
                "first.bin",
                null,
                size,
                AcceptedTransferSteps.sha256(first),
                TransferSteps.MEDIA_TYPE),
            new OfferFile(
                "second.bin",
                null,
                size,
                AcceptedTransferSteps.sha256(second),
                TransferSteps.MEDIA_TYPE));
    Client from = sender.client();
    String offerId = from.newId();
    ReceivedFrame offered =
        answer(from, offerId, Frames.offer(offerId, recipient.address(), "ask", null, files));
    String transferId = offered.text("transferId");
    Client to = recipient.client();
    transfers.await(to, f -> f.is("transfer") && transferId.equals(f.text("transferId")));
    String acceptId = to.newId();
    ReceivedFrame forRecipient =
        answer(to, acceptId, Frames.acceptOffer(acceptId, transferId, null));
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
        "",
        new DataTransfers.Accepted(
            transferId,
            sender,
            recipient,
            first,
            AcceptedTransferSteps.sha256(first),
            tokenOfFirst(forSender),
            tokenOfFirst(forRecipient)));
  }

  private static String tokenOfFirst(ReceivedFrame transfer) {
    return transfer.body().path("files").path(0).path("token").asText(null);
  }

  private ReceivedFrame answer(Client client, String id, ObjectNode sent) {
    WireEvent answer = client.exchange(id, sent);
    ReceivedFrame frame = answer instanceof WireEvent.Frame f ? f.frame() : null;
    Expect.that(
        frame != null && frame.is("transfer"),
        world,
        "a transfer frame replying to " + id,
        answer.describe());
    return frame;
  }
}
