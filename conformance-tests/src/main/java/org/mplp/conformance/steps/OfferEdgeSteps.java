package org.mplp.conformance.steps;

import io.cucumber.java.en.When;
import java.util.List;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.OfferFile;
import org.mplp.conformance.driver.Texts;

/**
 * Offers at the edges of the transfer limits: a cap met exactly, and a file over a limit that is
 * not the first of its offer (spec: Transfers, Limits).
 */
public final class OfferEdgeSteps {
  private final World world;
  private final Transfers transfers;

  public OfferEdgeSteps(World world, Transfers transfers) {
    this.world = world;
    this.transfers = transfers;
  }

  /** The second file is the one too large: a server must look at every file of an offer. */
  @When("{device} offers a file of one byte and a file of maxFileBytes plus one byte to {address}")
  public void offersSecondTooLarge(Device device, String to) {
    List<OfferFile> files =
        List.of(
            TransferSteps.file("small.bin", null, 1),
            TransferSteps.file("too-large.bin", null, world.bigLimit("maxFileBytes") + 1));
    offer(device, to, files, "an offer of two files");
  }

  /** Two files whose SHA-256 differ: a frame that gives each file another's hash shows. */
  @When("{device} offers two files with different SHA-256 to {address}")
  public void offersDistinctHashes(Device device, String to) {
    List<OfferFile> files =
        List.of(
            new OfferFile(
                "first.bin",
                null,
                1,
                AcceptedTransferSteps.sha256(new byte[] {1}),
                TransferSteps.MEDIA_TYPE),
            new OfferFile(
                "second.bin",
                null,
                1,
                AcceptedTransferSteps.sha256(new byte[] {2}),
                TransferSteps.MEDIA_TYPE));
    offer(device, to, files, "an offer of two files");
  }

  /** Not applicable when the offer breaks maxFilesPerOffer or maxFrameBytes of the target. */
  private void offer(Device device, String to, List<OfferFile> files, String what) {
    int maxFiles = world.limit("maxFilesPerOffer");
    if (files.size() > maxFiles) {
      throw Verdicts.notApplicable(
          what + " lists " + files.size() + " files; maxFilesPerOffer is " + maxFiles);
    }
    String text = device.client().writer().write(Frames.offer("o-999999", to, null, null, files));
    int frameBytes = world.limit("maxFrameBytes");
    if (Texts.utf8Length(text) > frameBytes) {
      throw Verdicts.notApplicable(
          what
              + " takes "
              + Texts.utf8Length(text)
              + " bytes, more than maxFrameBytes "
              + frameBytes);
    }
    transfers.expiresIn(null);
    Asked offer = device.ask(id -> Frames.offer(id, to, null, null, files));
    transfers.asked(offer, files);
  }
}
