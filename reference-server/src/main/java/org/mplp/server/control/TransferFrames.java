package org.mplp.server.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Transfer;

/**
 * The unasked transfer frames of one connection, on its event loop. A transfer that changes just
 * after a login reaches the device live and again in the login's backlog; the second, identical
 * copy is dropped. Remembers the last frame of the most recent transfers only.
 */
final class TransferFrames {

  /** Transfers remembered per connection; a device takes part in few open ones at a time. */
  static final int REMEMBERED = 256;

  private final Map<String, Transfer> lastSent =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Transfer> eldest) {
          return size() > REMEMBERED;
        }
      };

  /** Whether the frame says something the connection was not told yet; records it if so. */
  boolean news(Frame frame) {
    if (!(frame instanceof Transfer transfer)) {
      return true;
    }
    Transfer before = lastSent.put(transfer.transferId(), transfer);
    return !transfer.equals(before);
  }

  /** An answer to the connection's own frame carries the transfer's latest state as well. */
  void answered(Frame frame) {
    if (frame instanceof Transfer transfer) {
      lastSent.put(
          transfer.transferId(),
          new Transfer(
              null,
              transfer.transferId(),
              transfer.from(),
              transfer.to(),
              transfer.permission(),
              transfer.state(),
              transfer.reason(),
              transfer.by(),
              transfer.note(),
              transfer.offeredAt(),
              transfer.expiresAt(),
              transfer.files(),
              transfer.group()));
    }
  }
}
