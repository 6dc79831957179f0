package org.mplp.client;

import org.mplp.client.transfers.StoredFile;
import org.mplp.client.transfers.TransferEvents;
import org.mplp.client.transfers.TransferProgressEvent;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.Settings;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.Undeliverable;

/**
 * What a client tells its user. Called on the client's one event thread, in the order things
 * arrived; a callback must not block waiting for the client.
 */
public interface ClientListener extends TransferEvents {
  /** A message to show; called once per messageId, ever, for this device (REQ-MSG-016). */
  default void onMessage(Message message) {}

  default void onDeviceEvent(DeviceEvent event) {}

  default void onDelivered(Delivered delivered) {}

  default void onUndeliverable(Undeliverable undeliverable) {}

  /** An error frame that answers nothing this client waits for, or ends the connection. */
  default void onServerError(ErrorFrame error) {}

  /** The connection ended; {@code reconnecting} tells whether the client tries again. */
  default void onDisconnected(String reason, boolean reconnecting) {}

  /** A new connection resumed the session; unaccepted sends are on their way again. */
  default void onReconnected(Device self) {}

  @Override
  default void onTransfer(Transfer transfer) {}

  @Override
  default void onTransferProgress(TransferProgressEvent progress) {}

  @Override
  default void onFileStored(StoredFile file) {}

  @Override
  default void onTransferFailure(String transferId, int index, String problem) {}

  /** This device's settings: its role, own receive setting and policy, as the server sent them. */
  default void onSettings(Settings settings) {}
}
