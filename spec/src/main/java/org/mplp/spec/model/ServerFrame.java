package org.mplp.spec.model;

/**
 * A frame that servers send; none carries an {@code id} (spec: Transport, Frames). A dispatcher
 * implements {@link Visitor}, so a new server frame type does not compile until every dispatcher
 * handles it.
 */
public sealed interface ServerFrame extends Frame
    permits Reply, DeviceEvent, Message, Delivered, Undeliverable, TransferProgress {

  /** Calls the visitor's method for this frame's type. */
  <R> R accept(Visitor<R> visitor);

  /** One method per frame type that servers send. */
  interface Visitor<R> {
    R visitWelcome(Welcome frame);

    R visitPong(Pong frame);

    R visitErrorFrame(ErrorFrame frame);

    R visitOk(Ok frame);

    R visitLoginChallenge(LoginChallenge frame);

    R visitLoginOk(LoginOk frame);

    R visitDeviceList(DeviceList frame);

    R visitMessageAccepted(MessageAccepted frame);

    R visitSettings(Settings frame);

    R visitTransfer(Transfer frame);

    R visitDeviceEvent(DeviceEvent frame);

    R visitMessage(Message frame);

    R visitDelivered(Delivered frame);

    R visitUndeliverable(Undeliverable frame);

    R visitTransferProgress(TransferProgress frame);
  }
}
