package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.OfferFile;
import org.mplp.conformance.driver.Texts;
import org.mplp.conformance.driver.WireEvent;

/** What the parties of a transfer send (S51, S54): offers, answers, cancels and file results. */
public final class TransferSteps {
  /** A SHA-256 in the right form; the server never sees the bytes of these offers. */
  static final String SHA256 = "5b41362bc82b7f3d56edc5a306db22105707d01ff4819e26faef9724a2d406c9";

  static final long SIZE = 2048;
  static final String MEDIA_TYPE = "application/octet-stream";

  /** The most files an offer's schema lets it list. */
  private static final int SCHEMA_MAX_FILES = 1000;

  private final World world;
  private final Transfers transfers;

  public TransferSteps(World world, Transfers transfers) {
    this.world = world;
    this.transfers = transfers;
  }

  static OfferFile file(String name, String path, long size) {
    return new OfferFile(name, path, size, SHA256, MEDIA_TYPE);
  }

  @When("{device} offers {string} to {address}")
  public void offers(Device device, String name, String to) {
    offer(device, to, null, null, List.of(file(name, null, SIZE)));
  }

  @When("{device} offers {string} to {address} with the permission {word}")
  public void offersWithPermission(Device device, String name, String to, String permission) {
    offer(device, to, permission, null, List.of(file(name, null, SIZE)));
  }

  @When("{device} offers {string} and {string} to {address}")
  public void offersTwo(Device device, String first, String second, String to) {
    offer(device, to, null, null, List.of(file(first, null, SIZE), file(second, null, 0)));
  }

  @When("{device} offers {string} in the folder {string} to {address}")
  public void offersInFolder(Device device, String name, String path, String to) {
    offer(device, to, null, null, List.of(file(name, path, SIZE)));
  }

  @When("{device} offers to {address}, one offer each, files named")
  public void offersEachName(Device device, String to, List<String> names) {
    names.forEach(name -> offer(device, to, null, null, List.of(file(name, null, SIZE))));
  }

  @When("{device} offers to {address}, one offer each, a file {string} in the folders")
  public void offersEachFolder(Device device, String to, String name, List<String> paths) {
    paths.forEach(path -> offer(device, to, null, null, List.of(file(name, path, SIZE))));
  }

  @When("{device} offers {string} to {address}, to expire in {int} second(s)")
  public void offersExpiring(Device device, String name, String to, int seconds) {
    offer(device, to, null, seconds, List.of(file(name, null, SIZE)));
  }

  /** A life the target must grant whatever its offerLifetimeSeconds: half of it. */
  @When("{device} offers {string} to {address}, to expire in half of offerLifetimeSeconds")
  public void offersExpiringInHalf(Device device, String name, String to) {
    int seconds = Math.max(1, world.limit("offerLifetimeSeconds") / 2);
    offer(device, to, null, seconds, List.of(file(name, null, SIZE)));
  }

  @When("{device} offers a file of {long} bytes to {address} with the permission {word}")
  public void offersOfSize(Device device, long size, String to, String permission) {
    offer(device, to, permission, null, List.of(file("sized.bin", null, size)));
  }

  @When("{device} offers a file of maxFileBytes bytes to {address}")
  public void offersLargest(Device device, String to) {
    offer(
        device, to, null, null, List.of(file("largest.bin", null, world.bigLimit("maxFileBytes"))));
  }

  @When("{device} offers a file of maxFileBytes plus one byte to {address}")
  public void offersTooLarge(Device device, String to) {
    long size = world.bigLimit("maxFileBytes") + 1;
    offer(device, to, null, null, List.of(file("too-large.bin", null, size)));
  }

  @When("{device} offers maxFilesPerOffer files to {address}")
  public void offersMostFiles(Device device, String to) {
    offer(device, to, null, null, files(device, to, world.limit("maxFilesPerOffer")));
  }

  @When("{device} offers maxFilesPerOffer plus one files to {address}")
  public void offersTooManyFiles(Device device, String to) {
    offer(device, to, null, null, files(device, to, world.limit("maxFilesPerOffer") + 1), true);
  }

  @When("{device} has made maxOpenTransfers offers to {address}")
  public void offersUpToOpenLimit(Device device, String to) {
    int max = world.limit("maxOpenTransfers");
    for (int i = 0; i < max; i++) {
      offer(device, to, null, null, List.of(file("open-" + i + ".bin", null, 1)));
      Asked offer = device.lastAsked("offer");
      if (offer.reply("transfer") == null) {
        throw Receive.unexpected(
            world,
            "offer "
                + (i + 1)
                + " of "
                + max
                + " from "
                + device.the()
                + " to be answered with a"
                + " transfer",
            offer.answer());
      }
    }
  }

  @When("{device} accepts the offer")
  public void accepts(Device device) {
    ask(device, id -> Frames.acceptOffer(id, transfers.current(), null));
  }

  @When("{device} accepts only the file {string}")
  public void acceptsOnly(Device device, String name) {
    List<Integer> files = List.of(transfers.indexOf(name));
    ask(device, id -> Frames.acceptOffer(id, transfers.current(), files));
  }

  @When("{device} rejects the offer")
  public void rejects(Device device) {
    ask(device, id -> Frames.rejectOffer(id, transfers.current(), null));
  }

  @When("{device} rejects the offer with the note {string}")
  public void rejectsWithNote(Device device, String note) {
    ask(device, id -> Frames.rejectOffer(id, transfers.current(), note));
  }

  @When("{device} cancels the transfer")
  public void cancels(Device device) {
    ask(device, id -> Frames.cancelTransfer(id, transfers.current(), null));
  }

  @When("{device} cancels a transfer the server never made")
  public void cancelsUnknown(Device device) {
    ask(device, id -> Frames.cancelTransfer(id, "t-kit-never-made", null));
  }

  @When("{device} reports the file {string} as {word}")
  public void reports(Device device, String name, String result) {
    int index = transfers.indexOf(name);
    ask(device, id -> Frames.fileResult(id, transfers.current(), index, result));
  }

  /**
   * {@code count} files of one byte each, in an offer that fits one frame; not applicable when it
   * cannot (spec: Limits: an offer of more than maxFilesPerOffer files may not fit maxFrameBytes).
   */
  private List<OfferFile> files(Device device, String to, int count) {
    if (count > SCHEMA_MAX_FILES) {
      throw Verdicts.notApplicable(
          "an offer of "
              + count
              + " files breaks the offer schema's "
              + SCHEMA_MAX_FILES
              + ": maxFilesPerOffer "
              + world.limit("maxFilesPerOffer")
              + " is the most any offer may list");
    }
    List<OfferFile> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      files.add(file("f" + i, null, 1));
    }
    requireFits(device, to, files, "an offer of " + count + " files");
    return files;
  }

  /** Not applicable when an offer of these files is longer than maxFrameBytes in this binding. */
  void requireFits(Device device, String to, List<OfferFile> files, String what) {
    String text = device.client().writer().write(Frames.offer("o-999999", to, null, null, files));
    int length = Texts.utf8Length(text);
    int frameBytes = world.limit("maxFrameBytes");
    if (length > frameBytes) {
      throw Verdicts.notApplicable(
          what + " takes " + length + " bytes, more than maxFrameBytes " + frameBytes);
    }
  }

  private void offer(
      Device device, String to, String permission, Integer expiresIn, List<OfferFile> files) {
    offer(device, to, permission, expiresIn, files, false);
  }

  /**
   * An offer; unless {@code beyondLimits}, one the target's limits allow, or the scenario is not
   * applicable: an offer of more files than maxFilesPerOffer, or one refused as too-many-transfers
   * after the sender's maxOpenTransfers offers, checks nothing of what the scenario is about.
   */
  void offer(
      Device device,
      String to,
      String permission,
      Integer expiresIn,
      List<OfferFile> files,
      boolean beyondLimits) {
    int maxFiles = world.limit("maxFilesPerOffer");
    if (!beyondLimits && files.size() > maxFiles) {
      throw Verdicts.notApplicable(
          "the scenario offers " + files.size() + " files; maxFilesPerOffer is " + maxFiles);
    }
    transfers.expiresIn(expiresIn);
    Asked offer = device.ask(id -> Frames.offer(id, to, permission, expiresIn, files));
    int maxOpen = world.limit("maxOpenTransfers");
    long made = device.asked("offer").stream().filter(o -> o.reply("transfer") != null).count();
    boolean tooMany =
        offer.answer() instanceof WireEvent.Frame f
            && "too-many-transfers".equals(f.frame().code());
    if (tooMany && !world.checks("REQ-XFER-007") && made >= maxOpen) {
      throw Verdicts.notApplicable(
          "the scenario makes more offers than maxOpenTransfers " + maxOpen + " allows");
    }
    transfers.asked(offer, files);
  }

  private void ask(Device device, Function<String, ObjectNode> frame) {
    transfers.asked(device.ask(frame), null);
  }
}
