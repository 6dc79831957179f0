package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.mplp.conformance.driver.WireEvent;

/**
 * Gets a file accepted with raw control frames, so the data channel's scenarios have tokens to use,
 * and ends it again (file-result, cancel-transfer). These steps check only what they need; the
 * transfer scenarios judge the control channel.
 */
public final class AcceptedTransferSteps {
  private static final String MEDIA_TYPE = "application/octet-stream";

  /** A file of some megabytes: this size, or less where the target's limits take no more. */
  static final long LARGE = 3_000_000;

  private final World world;
  private final DataTransfers transfers;
  private final Transfers spoken;

  /** {@code spoken}: the transfer the scenario speaks of becomes the accepted one. */
  public AcceptedTransferSteps(World world, DataTransfers transfers, Transfers spoken) {
    this.world = world;
    this.transfers = transfers;
    this.spoken = spoken;
  }

  /**
   * A file as large as the scenario wants and the target's maxFileBytes and spoolQuotaBytes allow;
   * files up to their schema minimum (1 MiB) fit every legal target.
   */
  @Given("an accepted transfer of a large file from {device} to {device}")
  public void acceptedLarge(Device sender, Device recipient) {
    long room = Math.min(world.bigLimit("maxFileBytes"), world.bigLimit("spoolQuotaBytes"));
    accepted((int) Math.min(LARGE, room), sender, recipient);
  }

  @Given("an accepted transfer of a {int} byte file from {device} to {device}")
  public void accepted(int size, Device sender, Device recipient) {
    acceptedNamed("", size, sender, recipient);
  }

  @Given("an accepted transfer {string} of a {int} byte file from {device} to {device}")
  public void acceptedNamed(String name, int size, Device sender, Device recipient) {
    byte[] content = new byte[size];
    new Random(size * 31L + name.hashCode()).nextBytes(content);
    OfferFile file =
        new OfferFile("data-" + size + ".bin", null, size, sha256(content), MEDIA_TYPE);
    accept(name, List.of(file), content, sender, recipient);
  }

  /**
   * Two files, of which the data channel scenarios use the first: a result reported for it leaves
   * the transfer open, so the file's own state decides what its tokens may still do (spec:
   * Transfers, The data channel).
   */
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
            new OfferFile("first.bin", null, size, sha256(first), MEDIA_TYPE),
            new OfferFile("second.bin", null, size, sha256(second), MEDIA_TYPE));
    accept("", files, first, sender, recipient);
  }

  /**
   * Offers {@code files}, has the recipient accept them and keeps the tokens of file 0, whose
   * content is {@code first}, under {@code name}.
   */
  private void accept(
      String name, List<OfferFile> files, byte[] first, Device sender, Device recipient) {
    Client from = sender.client();
    String offerId = from.newId();
    ReceivedFrame offered =
        answer(
            from,
            offerId,
            Frames.offer(offerId, recipient.address(), "ask", null, files),
            "the transfer frame answering the offer");
    String transferId = offered.text("transferId");

    Client to = recipient.client();
    transfers.await(to, f -> f.is("transfer") && transferId.equals(f.text("transferId")));
    String acceptId = to.newId();
    ReceivedFrame forRecipient =
        answer(
            to,
            acceptId,
            Frames.acceptOffer(acceptId, transferId, null),
            "the transfer frame answering accept-offer");
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
    spoken.looked(forSender);
    transfers.add(
        name,
        new DataTransfers.Accepted(
            transferId,
            sender,
            recipient,
            first,
            files.get(0).sha256(),
            token(forSender),
            token(forRecipient)));
  }

  @When("{device} reports the file received")
  public void reportsReceived(Device device) {
    reports(device, "received");
  }

  @When("{device} reports the file failed")
  public void reportsFailed(Device device) {
    reports(device, "failed");
  }

  private void reports(Device device, String result) {
    DataTransfers.Accepted transfer = transfers.get("");
    Client client = device.client();
    String id = client.newId();
    answer(
        client,
        id,
        Frames.fileResult(id, transfer.transferId(), 0, result),
        "the transfer frame answering file-result");
  }

  @When("{device} cancels the accepted transfer")
  public void cancels(Device device) {
    DataTransfers.Accepted transfer = transfers.get("");
    Client client = device.client();
    String id = client.newId();
    answer(
        client,
        id,
        Frames.cancelTransfer(id, transfer.transferId(), null),
        "the transfer frame answering cancel-transfer");
  }

  private ReceivedFrame answer(Client client, String id, ObjectNode sent, String expected) {
    WireEvent answer = client.exchange(id, sent);
    ReceivedFrame frame = answer instanceof WireEvent.Frame f ? f.frame() : null;
    Expect.that(
        frame != null && frame.is("transfer"),
        world,
        expected + " (replying to " + id + ")",
        answer.describe());
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
