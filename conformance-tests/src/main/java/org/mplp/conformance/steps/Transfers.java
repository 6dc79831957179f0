package org.mplp.conformance.steps;

import java.util.ArrayList;
import java.util.List;
import org.mplp.conformance.driver.OfferFile;
import org.mplp.conformance.driver.ReceivedFrame;

/**
 * The transfers of one scenario: the files of the last offer, the transfer the scenario speaks of,
 * and the last transfer frame a step looked at. What each device sent and was answered is the
 * device's own ({@link Device#asked}).
 */
public final class Transfers {
  private final List<String> transferIds = new ArrayList<>();
  private List<OfferFile> offered = List.of();
  private ReceivedFrame last;
  private Integer expiresIn;
  private long answeredNanos;

  /** One per scenario, made by PicoContainer. */
  public Transfers() {}

  /** A transfer frame a device asked for: an answering transfer becomes the one spoken of. */
  void asked(Asked request, List<OfferFile> files) {
    if (files != null) {
      offered = files;
    }
    ReceivedFrame transfer = request.reply("transfer");
    if (transfer != null) {
      looked(transfer);
      answeredNanos = System.nanoTime();
    }
  }

  /** When the kit received the last transfer frame that answered a frame of the scenario. */
  long answeredNanos() {
    return answeredNanos;
  }

  /** A transfer frame a step looked at: its transfer becomes the one the scenario speaks of. */
  void looked(ReceivedFrame transfer) {
    last = transfer;
    String id = transfer.text("transferId");
    if (id != null && !transferIds.contains(id)) {
      transferIds.add(id);
    }
  }

  /** Whether a step saw any transfer frame yet. */
  boolean any() {
    return last != null;
  }

  /** The transfer the scenario speaks of: the last one a step saw. */
  String current() {
    if (last == null) {
      throw new IllegalStateException("The scenario speaks of a transfer before one was made");
    }
    return last.text("transferId");
  }

  /** Every transferId the scenario saw, in order. */
  List<String> transferIds() {
    return List.copyOf(transferIds);
  }

  ReceivedFrame last() {
    if (last == null) {
      throw new IllegalStateException("The scenario checks a transfer frame before one arrived");
    }
    return last;
  }

  /** The expiresIn the last offer asked for; null when it asked for none. */
  Integer expiresIn() {
    return expiresIn;
  }

  void expiresIn(Integer seconds) {
    expiresIn = seconds;
  }

  /** The files of the last offer, as offered. */
  List<OfferFile> offered() {
    return offered;
  }

  /** The index of the offered file with that name. */
  int indexOf(String name) {
    for (int i = 0; i < offered.size(); i++) {
      if (offered.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("The scenario names a file it did not offer: " + name);
  }
}
