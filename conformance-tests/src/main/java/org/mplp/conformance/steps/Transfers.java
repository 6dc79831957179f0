package org.mplp.conformance.steps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mplp.conformance.driver.OfferFile;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.TransferTexts;
import org.mplp.conformance.driver.WireEvent;

/**
 * The transfers of one scenario: each transfer frame a device sent and its answer, the transfer the
 * scenario speaks of, and the last transfer frame a step looked at.
 */
public final class Transfers {
  /** One transfer frame a device sent, what it offered if it was an offer, and the answer. */
  record Asked(String kind, String frameId, List<OfferFile> offered, WireEvent answer) {
    /** The transfer frame that answered, or null when something else did. */
    ReceivedFrame transfer() {
      return answer instanceof WireEvent.Frame f
              && f.frame().is("transfer")
              && frameId.equals(f.frame().replyTo())
          ? f.frame()
          : null;
    }
  }

  private final TransferTexts texts;
  private final Map<String, List<Asked>> asked = new HashMap<>();
  private final List<String> transferIds = new ArrayList<>();
  private List<OfferFile> offered = List.of();
  private ReceivedFrame last;

  /** One per scenario, made by PicoContainer. */
  public Transfers(World world) {
    this.texts = TransferTexts.forBinding(world.run().binding());
  }

  TransferTexts texts() {
    return texts;
  }

  void asked(Device device, Asked request) {
    asked.computeIfAbsent(device.name().key(), k -> new ArrayList<>()).add(request);
    ReceivedFrame transfer = request.transfer();
    if (request.offered() != null) {
      offered = request.offered();
    }
    if (transfer != null) {
      looked(transfer);
    }
  }

  /** The device's last transfer frame and its answer; the scenario must have had it send one. */
  Asked lastAsked(Device device) {
    List<Asked> list = asked.getOrDefault(device.name().key(), List.of());
    if (list.isEmpty()) {
      throw new IllegalStateException(
          "The scenario checks an answer " + device.the() + " never asked for");
    }
    return list.get(list.size() - 1);
  }

  /** The device's transfer frames of one kind and their answers, oldest first. */
  List<Asked> asked(Device device, String kind) {
    return asked.getOrDefault(device.name().key(), List.of()).stream()
        .filter(a -> a.kind().equals(kind))
        .toList();
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
