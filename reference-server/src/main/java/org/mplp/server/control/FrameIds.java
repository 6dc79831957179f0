package org.mplp.server.control;

import org.mplp.spec.model.AcceptOffer;
import org.mplp.spec.model.CancelTransfer;
import org.mplp.spec.model.FileResult;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.GetSettings;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.ListDevices;
import org.mplp.spec.model.Login;
import org.mplp.spec.model.LoginProof;
import org.mplp.spec.model.Logout;
import org.mplp.spec.model.MakePrimary;
import org.mplp.spec.model.MessageAck;
import org.mplp.spec.model.Offer;
import org.mplp.spec.model.Ping;
import org.mplp.spec.model.ReceiptAck;
import org.mplp.spec.model.RejectOffer;
import org.mplp.spec.model.RenameDevice;
import org.mplp.spec.model.RevokeDevice;
import org.mplp.spec.model.Send;
import org.mplp.spec.model.SetPolicy;
import org.mplp.spec.model.SetReceive;

/** The ids of the frames clients send; what answers and errors name in replyTo. */
final class FrameIds {

  private FrameIds() {}

  /** The frame's id; null for a frame that only servers send, which has none. */
  static String idOf(Frame frame) {
    if (frame instanceof Hello hello) {
      return hello.id();
    } else if (frame instanceof Ping ping) {
      return ping.id();
    } else if (frame instanceof Login login) {
      return login.id();
    } else if (frame instanceof LoginProof proof) {
      return proof.id();
    } else if (frame instanceof ListDevices list) {
      return list.id();
    } else if (frame instanceof RenameDevice rename) {
      return rename.id();
    } else if (frame instanceof Logout logout) {
      return logout.id();
    } else if (frame instanceof Send send) {
      return send.id();
    } else if (frame instanceof MessageAck ack) {
      return ack.id();
    } else if (frame instanceof ReceiptAck ack) {
      return ack.id();
    }
    return transferFrameId(frame);
  }

  /** The transfer frames clients send (spec: Transfers). */
  private static String transferFrameId(Frame frame) {
    if (frame instanceof Offer offer) {
      return offer.id();
    } else if (frame instanceof AcceptOffer accept) {
      return accept.id();
    } else if (frame instanceof RejectOffer reject) {
      return reject.id();
    } else if (frame instanceof CancelTransfer cancel) {
      return cancel.id();
    } else if (frame instanceof FileResult result) {
      return result.id();
    }
    return settingsIdOf(frame);
  }

  /** The ids of the settings and primary device frames (spec: The primary device). */
  private static String settingsIdOf(Frame frame) {
    if (frame instanceof GetSettings get) {
      return get.id();
    } else if (frame instanceof SetReceive set) {
      return set.id();
    } else if (frame instanceof SetPolicy set) {
      return set.id();
    } else if (frame instanceof RevokeDevice revoke) {
      return revoke.id();
    } else if (frame instanceof MakePrimary make) {
      return make.id();
    }
    return null;
  }

  /** Whether clients send frames of this type; the others travel from server to client only. */
  static boolean isClientFrame(Frame frame) {
    return idOf(frame) != null;
  }
}
