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
    offersAddingUpTo(device, to, (world.bigLimit("spoolQuotaBytes") / each + 1) * each, true);
  }

  /**
   * Offers within maxTransferBytes and maxFilesPerOffer whose files add up to spoolQuotaBytes to
   * the byte: the last one fills the quota and must be taken (a single offer of the whole quota
   * would break maxTransferBytes wherever that is below the quota, as REQ-LIMIT-010 allows).
   */
  @When(
      "{device} makes offers of files adding up to exactly spoolQuotaBytes, none over"
          + " maxFileBytes, to {address}")
  public void offersExactlyTheSpoolQuota(Device device, String to) {
    offersAddingUpTo(device, to, world.bigLimit("spoolQuotaBytes"), false);
  }

  /**
   * Offers of files of at most maxFileBytes adding up to {@code total}, each offer within
   * maxTransferBytes and maxFilesPerOffer; every offer but the last must be answered with a
   * transfer, the last is the scenario's to judge. Not applicable when more offers are needed than
   * maxOpenTransfers lets one device have open.
   */
  private void offersAddingUpTo(Device device, String to, long total, boolean beyondLimits) {
    long each = world.bigLimit("maxFileBytes");
    long perOffer =
        Math.min(world.bigLimit("maxTransferBytes") / each, world.limit("maxFilesPerOffer"));
    long fileCount = (total + each - 1) / each;
    // A target that breaks REQ-LIMIT-010 may leave no room for a file in an offer.
    long offerCount = perOffer < 1 ? Long.MAX_VALUE : (fileCount + perOffer - 1) / perOffer;
    if (offerCount > world.limit("maxOpenTransfers")) {
      throw Verdicts.notApplicable(
          "spoolQuotaBytes needs "
              + offerCount
              + " offers of files of maxFileBytes to reach, more than maxOpenTransfers "
              + world.limit("maxOpenTransfers")
              + " lets one device make");
    }
    long left = total;
    for (int n = 0; left > 0; n++) {
      List<OfferFile> files = new ArrayList<>();
      while (files.size() < perOffer && left > 0) {
        long size = Math.min(each, left);
        files.add(TransferSteps.file("part-" + n + "-" + files.size() + ".bin", null, size));
        left -= size;
      }
      offers.requireFits(device, to, files, "an offer of " + files.size() + " files");
      offers.offer(device, to, null, null, files, beyondLimits && left == 0);
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
