package org.mplp.conformance.driver;

import java.util.List;

/**
 * Builds the text of the transfer and receive permission frames a client sends (spec: Transfers,
 * Receive permissions), in one binding.
 */
public interface TransferTexts {
  /** An offer; {@code permission} and {@code expiresIn} are left out when null. */
  String offer(String id, String to, String permission, Integer expiresIn, List<OfferFile> files);

  /** An accept-offer of the files with these indexes, or of all when {@code files} is null. */
  String acceptOffer(String id, String transferId, List<Integer> files);

  String rejectOffer(String id, String transferId, String note);

  String cancelTransfer(String id, String transferId, String note);

  String fileResult(String id, String transferId, int index, String result);

  String setReceive(String id, String receive);

  /** A set-policy; {@code maxFileBytes} is left out when null. */
  String setPolicy(String id, String device, String transfers, String messages, Long maxFileBytes);

  static TransferTexts forBinding(Binding binding) {
    return binding == Binding.JSON ? new JsonTransferTexts() : new XmlTransferTexts();
  }
}
