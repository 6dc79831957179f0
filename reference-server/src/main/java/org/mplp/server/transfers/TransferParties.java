package org.mplp.server.transfers;

import org.mplp.server.session.SessionRegistry;
import org.mplp.spec.model.Frame;

/**
 * Tells the parties of a transfer its new state: the one that asked gets the answer, the other the
 * frame unasked when online; a party that is offline gets it after its next login (REQ-XFER-014,
 * REQ-XFER-022). Runs on the store thread.
 */
final class TransferParties {

  private final SessionRegistry registry;

  TransferParties(SessionRegistry registry) {
    this.registry = registry;
  }

  /** Who must still be sent the transfer's latest frame after its next login. */
  record Pending(boolean sender, boolean recipient) {}

  /**
   * Which parties, other than the asking one, are offline now: they are the ones pending. Call
   * inside the transaction that writes the state, then {@link #tell} after the commit.
   */
  Pending pending(StoredTransfer transfer, long askingDevice) {
    boolean sender = transfer.senderId() != askingDevice && !registry.isOnline(transfer.sender());
    boolean recipient =
        transfer.recipientSees()
            && transfer.recipientId() != askingDevice
            && !registry.isOnline(transfer.recipient());
    return new Pending(sender, recipient);
  }

  /** Sends the frame unasked to each online party other than the asking one. */
  void tell(StoredTransfer transfer, long askingDevice) {
    if (transfer.senderId() != askingDevice) {
      push(transfer.sender(), TransferViews.forSender(transfer, null));
    }
    if (transfer.recipientSees() && transfer.recipientId() != askingDevice) {
      push(transfer.recipient(), TransferViews.forRecipient(transfer, null));
    }
  }

  /** The frame the asking party is answered with. */
  static Frame answer(StoredTransfer transfer, long askingDevice, String replyTo) {
    return transfer.senderId() == askingDevice
        ? TransferViews.forSender(transfer, replyTo)
        : TransferViews.forRecipient(transfer, replyTo);
  }

  void push(org.mplp.server.session.DeviceAddress to, Frame frame) {
    registry.session(to).ifPresent(session -> session.transfer(frame));
  }
}
