package org.mplp.spec.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One MPLP frame, the content of one WebSocket text message (spec: Transport, Frames). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Hello.class, name = Hello.TYPE),
  @JsonSubTypes.Type(value = Welcome.class, name = Welcome.TYPE),
  @JsonSubTypes.Type(value = Ping.class, name = Ping.TYPE),
  @JsonSubTypes.Type(value = Pong.class, name = Pong.TYPE),
  @JsonSubTypes.Type(value = ErrorFrame.class, name = ErrorFrame.TYPE),
  @JsonSubTypes.Type(value = Ok.class, name = Ok.TYPE),
  @JsonSubTypes.Type(value = Login.class, name = Login.TYPE),
  @JsonSubTypes.Type(value = LoginChallenge.class, name = LoginChallenge.TYPE),
  @JsonSubTypes.Type(value = LoginProof.class, name = LoginProof.TYPE),
  @JsonSubTypes.Type(value = LoginOk.class, name = LoginOk.TYPE),
  @JsonSubTypes.Type(value = ListDevices.class, name = ListDevices.TYPE),
  @JsonSubTypes.Type(value = DeviceList.class, name = DeviceList.TYPE),
  @JsonSubTypes.Type(value = DeviceEvent.class, name = DeviceEvent.TYPE),
  @JsonSubTypes.Type(value = RenameDevice.class, name = RenameDevice.TYPE),
  @JsonSubTypes.Type(value = Logout.class, name = Logout.TYPE),
  @JsonSubTypes.Type(value = Send.class, name = Send.TYPE),
  @JsonSubTypes.Type(value = MessageAccepted.class, name = MessageAccepted.TYPE),
  @JsonSubTypes.Type(value = Message.class, name = Message.TYPE),
  @JsonSubTypes.Type(value = MessageAck.class, name = MessageAck.TYPE),
  @JsonSubTypes.Type(value = Delivered.class, name = Delivered.TYPE),
  @JsonSubTypes.Type(value = Undeliverable.class, name = Undeliverable.TYPE),
  @JsonSubTypes.Type(value = ReceiptAck.class, name = ReceiptAck.TYPE),
  @JsonSubTypes.Type(value = Offer.class, name = Offer.TYPE),
  @JsonSubTypes.Type(value = Transfer.class, name = Transfer.TYPE),
  @JsonSubTypes.Type(value = AcceptOffer.class, name = AcceptOffer.TYPE),
  @JsonSubTypes.Type(value = RejectOffer.class, name = RejectOffer.TYPE),
  @JsonSubTypes.Type(value = CancelTransfer.class, name = CancelTransfer.TYPE),
  @JsonSubTypes.Type(value = FileResult.class, name = FileResult.TYPE),
  @JsonSubTypes.Type(value = TransferProgress.class, name = TransferProgress.TYPE),
  @JsonSubTypes.Type(value = GetSettings.class, name = GetSettings.TYPE),
  @JsonSubTypes.Type(value = SetReceive.class, name = SetReceive.TYPE),
  @JsonSubTypes.Type(value = Settings.class, name = Settings.TYPE),
  @JsonSubTypes.Type(value = SetPolicy.class, name = SetPolicy.TYPE),
  @JsonSubTypes.Type(value = RevokeDevice.class, name = RevokeDevice.TYPE),
  @JsonSubTypes.Type(value = MakePrimary.class, name = MakePrimary.TYPE)
})
public sealed interface Frame
    permits Hello,
        Welcome,
        Ping,
        Pong,
        ErrorFrame,
        Ok,
        Login,
        LoginChallenge,
        LoginProof,
        LoginOk,
        ListDevices,
        DeviceList,
        DeviceEvent,
        RenameDevice,
        Logout,
        Send,
        MessageAccepted,
        Message,
        MessageAck,
        Delivered,
        Undeliverable,
        ReceiptAck,
        Offer,
        Transfer,
        AcceptOffer,
        RejectOffer,
        CancelTransfer,
        FileResult,
        TransferProgress,
        GetSettings,
        SetReceive,
        Settings,
        SetPolicy,
        RevokeDevice,
        MakePrimary {

  /** The frame's type name: the JSON {@code type} member and the XML root element. */
  @JsonIgnore
  String type();
}
