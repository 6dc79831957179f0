package org.mplp.spec.model;

/**
 * A frame that clients send; every one carries the {@code id} that answers name in {@code replyTo}
 * (spec: Transport, Frames). A dispatcher implements {@link Visitor}, so a new client frame type
 * does not compile until every dispatcher handles it.
 */
public sealed interface ClientFrame extends Frame
    permits Hello,
        Ping,
        Login,
        LoginProof,
        ListDevices,
        RenameDevice,
        Logout,
        Send,
        MessageAck,
        ReceiptAck,
        Offer,
        AcceptOffer,
        RejectOffer,
        CancelTransfer,
        FileResult,
        ListTransfers,
        GetSettings,
        SetReceive,
        SetPolicy,
        RevokeDevice,
        MakePrimary {

  /** The sender-chosen id of the frame. */
  String id();

  /** Calls the visitor's method for this frame's type. */
  <R> R accept(Visitor<R> visitor);

  /** One method per frame type that clients send. */
  interface Visitor<R> {
    R visitHello(Hello frame);

    R visitPing(Ping frame);

    R visitLogin(Login frame);

    R visitLoginProof(LoginProof frame);

    R visitListDevices(ListDevices frame);

    R visitRenameDevice(RenameDevice frame);

    R visitLogout(Logout frame);

    R visitSend(Send frame);

    R visitMessageAck(MessageAck frame);

    R visitReceiptAck(ReceiptAck frame);

    R visitOffer(Offer frame);

    R visitAcceptOffer(AcceptOffer frame);

    R visitRejectOffer(RejectOffer frame);

    R visitCancelTransfer(CancelTransfer frame);

    R visitFileResult(FileResult frame);

    R visitListTransfers(ListTransfers frame);

    R visitGetSettings(GetSettings frame);

    R visitSetReceive(SetReceive frame);

    R visitSetPolicy(SetPolicy frame);

    R visitRevokeDevice(RevokeDevice frame);

    R visitMakePrimary(MakePrimary frame);
  }
}
