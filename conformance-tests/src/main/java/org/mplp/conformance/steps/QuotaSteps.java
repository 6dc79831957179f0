package org.mplp.conformance.steps;

import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import org.mplp.conformance.driver.OfferFile;

/**
 * Offers that reach the quotas of one transfer (maxTransferBytes, REQ-XFER-030) and of an account
 * (spoolQuotaBytes, REQ-XFER-008), made of files no larger than maxFileBytes, in offers that fit
 * maxFilesPerOffer and maxFrameBytes; a target whose limits leave no such offer is not applicable.
 */
public final class QuotaSteps {
  private final World world;
  private final TransferSteps offers;

  public QuotaSteps(World world, TransferSteps offers) {
    this.world = world;
    this.offers = offers;
  }

  @When("{device} offers files adding up to maxTransferBytes plus one byte to {address}")
  public void offersBeyondTransferQuota(Device device, String to) {
    List<OfferFile> files = filesOf(world.bigLimit("maxTransferBytes") + 1, "over");
    int maxFiles = world.limit("maxFilesPerOffer");
    if (files.size() > maxFiles) {
      throw Verdicts.notApplicable(
          "maxTransferBytes needs "
              + files.size()
              + " files of at most maxFileBytes to exceed, more than maxFilesPerOffer "
              + maxFiles
              + ": no single offer exceeds it");
    }
    offers.requireFits(device, to, files, "an offer of " + files.size() + " files");
    offers.offer(device, to, null, null, files, true);
  }

  @When("{device} offers files adding up to maxTransferBytes to {address}")
  public void offersTransferQuota(Device device, String to) {
    List<OfferFile> files = filesOf(world.bigLimit("maxTransferBytes"), "whole");
    offers.requireFits(device, to, files, "an offer of " + files.size() + " files");
    offers.offer(device, to, null, null, files, false);
  }

  /**
   * Offers of files of maxFileBytes, each offer as many as maxTransferBytes and maxFilesPerOffer
   * allow, until the last one takes the account's open files past spoolQuotaBytes; every offer
   * before it is within every limit.
   */
  @When(
      "{device} makes offers of files of maxFileBytes each, adding up to more than"
          + " spoolQuotaBytes, to {address}")
  public void offersBeyondSpoolQuota(Device device, String to) {
    long each = world.bigLimit("maxFileBytes");
    long perOffer =
        Math.min(world.bigLimit("maxTransferBytes") / each, world.limit("maxFilesPerOffer"));
    long left = world.bigLimit("spoolQuotaBytes") / each + 1;
    // A target that breaks REQ-LIMIT-010 may leave no room for a file in an offer.
    long offerCount = perOffer < 1 ? Long.MAX_VALUE : (left + perOffer - 1) / perOffer;
    if (offerCount > world.limit("maxOpenTransfers")) {
      throw Verdicts.notApplicable(
          "spoolQuotaBytes needs "
              + offerCount
              + " offers of files of maxFileBytes to exceed, more than maxOpenTransfers "
              + world.limit("maxOpenTransfers")
              + " lets one device make");
    }
    for (int n = 0; left > 0; n++) {
      List<OfferFile> files = new ArrayList<>();
      for (int i = 0; i < Math.min(perOffer, left); i++) {
        files.add(TransferSteps.file("part-" + n + "-" + i + ".bin", null, each));
      }
      left -= files.size();
      offers.requireFits(device, to, files, "an offer of " + files.size() + " files");
      offers.offer(device, to, null, null, files, left == 0);
      if (left > 0) {
        Asked made = device.lastAsked("offer");
        if (made.reply("transfer") == null) {
          throw Receive.unexpected(
              world,
              "offer "
                  + (n + 1)
                  + ", within maxTransferBytes and spoolQuotaBytes, to be answered with a transfer",
              made.answer());
        }
      }
    }
  }

  /** Files of maxFileBytes, and one of the rest, adding up to {@code total}. */
  private List<OfferFile> filesOf(long total, String prefix) {
    long each = world.bigLimit("maxFileBytes");
    List<OfferFile> files = new ArrayList<>();
    for (long left = total; left > 0; left -= each) {
      files.add(
          TransferSteps.file(prefix + "-" + files.size() + ".bin", null, Math.min(each, left)));
      if (files.size() > 1000) {
        break; // past what any offer may list; the caller judges the count
      }
    }
    return files;
  }
}
