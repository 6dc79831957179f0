package org.mplp.server.control;

import org.mplp.server.SessionServices;
import org.mplp.server.login.Challenge;
import org.mplp.server.login.PendingLogin;
import org.mplp.server.messages.MessageDelivery;
import org.mplp.server.session.Outcome;
import org.mplp.server.session.Session;
import org.mplp.spec.model.AcceptOffer;
import org.mplp.spec.model.CancelTransfer;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.FileResult;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.GetSettings;
import org.mplp.spec.model.ListDevices;
import org.mplp.spec.model.Login;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.LoginProof;
import org.mplp.spec.model.Logout;
import org.mplp.spec.model.MakePrimary;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAck;
import org.mplp.spec.model.Offer;
import org.mplp.spec.model.ReceiptAck;
import org.mplp.spec.model.RejectOffer;
import org.mplp.spec.model.RenameDevice;
import org.mplp.spec.model.RevokeDevice;
import org.mplp.spec.model.Send;
import org.mplp.spec.model.SetPolicy;
import org.mplp.spec.model.SetReceive;
import org.mplp.spec.model.Settings;

/**
 * The frames of login and of a logged-in device on one control channel (spec: Login, Devices). The
 * work runs on the store thread; its answers come back here, on the channel's event loop.
 */
final class SessionFrames implements Session.Endpoint {

  private final ControlChannel channel;
  private final SessionServices services;
  private final MessageDelivery delivery;
  private final TransferFrames transferFrames = new TransferFrames();
  private Session session;
  private PendingLogin pending;

  /** A login or login-proof is with the store thread; no second one is taken meanwhile. */
  private boolean loginUnderWay;

  SessionFrames(ControlChannel channel, SessionServices services) {
    this.channel = channel;
    this.services = services;
    this.delivery = new MessageDelivery(channel, services.messages());
  }

  void attach(Session newSession) {
    this.session = newSession;
  }

  /** The connection ended: its device, if logged in here, goes offline. */
  void connectionEnded() {
    delivery.stop();
    if (session != null) {
      services.devices().ended(session);
    }
  }

  /** A client frame other than hello and ping, after welcome. */
  void onFrame(Frame frame) {
    switch (channel.state()) {
      case AWAITING_LOGIN, CHALLENGED -> beforeLogin(frame);
      case LOGGED_IN -> loggedIn(frame);
      default ->
          channel.refuse(ErrorCode.UNEXPECTED_FRAME, FrameIds.idOf(frame), "the session is ending");
    }
  }

  private void beforeLogin(Frame frame) {
    if (frame instanceof Login login) {
      if (loginUnderWay || channel.state() == ControlChannelState.CHALLENGED) {
        channel.refuse(
            ErrorCode.UNEXPECTED_FRAME, login.id(), "a login is under way; send its login-proof");
        return;
      }
      loginUnderWay = true;
      services.login().begin(session, login, outcome -> onChallenge(login, outcome));
    } else if (frame instanceof LoginProof proof) {
      if (loginUnderWay || channel.state() != ControlChannelState.CHALLENGED) {
        channel.refuse(ErrorCode.UNEXPECTED_FRAME, proof.id(), "no login-challenge awaits a proof");
        return;
      }
      loginUnderWay = true;
      services.login().finish(session, pending, proof, outcome -> onLoginResult(proof, outcome));
    } else {
      channel.refuse(
          ErrorCode.LOGIN_REQUIRED, FrameIds.idOf(frame), frame.type() + " needs a login first");
    }
  }

  private void onChallenge(Login login, Outcome<Challenge> outcome) {
    loginUnderWay = false;
    if (channel.state() != ControlChannelState.AWAITING_LOGIN) {
      return;
    }
    if (outcome.isRefused()) {
      channel.refuse(outcome.refusal(), login.id(), outcome.message());
      return;
    }
    pending = outcome.value().pending();
    channel.state(ControlChannelState.CHALLENGED);
    channel.send(outcome.value().frame());
  }

  private void onLoginResult(LoginProof proof, Outcome<LoginOk> outcome) {
    loginUnderWay = false;
    pending = null;
    if (channel.state() != ControlChannelState.CHALLENGED) {
      return;
    }
    if (outcome.isRefused()) {
      // A failed login starts over (S26).
      channel.state(ControlChannelState.AWAITING_LOGIN);
      channel.refuse(outcome.refusal(), proof.id(), outcome.message());
      return;
    }
    channel.state(ControlChannelState.LOGGED_IN);
    channel.send(outcome.value());
    // REQ-MSG-010: what waits for the device comes after login-ok.
    delivery.start(session);
    // REQ-XFER-022: and the transfers it takes part in or missed.
    services.transfers().loggedIn(session);
  }

  /** The connection takes frames again after its buffer was full. */
  void writable() {
    delivery.writable();
  }

  private void loggedIn(Frame frame) {
    if (frame instanceof ListDevices list) {
      services.devices().list(session, list, outcome -> answer(list.id(), outcome));
    } else if (frame instanceof RenameDevice rename) {
      services.devices().rename(session, rename, outcome -> answer(rename.id(), outcome));
    } else if (frame instanceof Send send) {
      services.messages().send(session, send, outcome -> answer(send.id(), outcome));
    } else if (frame instanceof MessageAck ack) {
      services.messages().acknowledge(session, ack, outcome -> answer(ack.id(), outcome));
    } else if (frame instanceof ReceiptAck ack) {
      services.messages().acknowledgeReceipts(session, ack, outcome -> answer(ack.id(), outcome));
    } else if (frame instanceof GetSettings get) {
      services.settings().get(session, get, outcome -> answer(get.id(), outcome));
    } else if (frame instanceof SetReceive set) {
      services.settings().setReceive(session, set, outcome -> answer(set.id(), outcome));
    } else if (frame instanceof SetPolicy set) {
      services.authority().setPolicy(session, set, outcome -> answer(set.id(), outcome));
    } else if (frame instanceof RevokeDevice revoke) {
      services.authority().revoke(session, revoke, outcome -> answer(revoke.id(), outcome));
    } else if (frame instanceof MakePrimary make) {
      services.authority().makePrimary(session, make, outcome -> answer(make.id(), outcome));
    } else if (frame instanceof Offer offer) {
      services.transfers().offer(session, offer, outcome -> answer(offer.id(), outcome));
    } else if (frame instanceof AcceptOffer accept) {
      services.transfers().accept(session, accept, outcome -> answer(accept.id(), outcome));
    } else if (frame instanceof RejectOffer reject) {
      services.transfers().reject(session, reject, outcome -> answer(reject.id(), outcome));
    } else if (frame instanceof CancelTransfer cancel) {
      services.transfers().cancel(session, cancel, outcome -> answer(cancel.id(), outcome));
    } else if (frame instanceof FileResult result) {
      services.transfers().fileResult(session, result, outcome -> answer(result.id(), outcome));
    } else if (frame instanceof Logout logout) {
      delivery.stop();
      channel.state(ControlChannelState.LOGGING_OUT);
      services.devices().logout(session, logout, outcome -> onLoggedOut(logout, outcome));
    } else {
      channel.refuse(
          ErrorCode.UNEXPECTED_FRAME, FrameIds.idOf(frame), "this connection is logged in already");
    }
  }

  private void answer(String id, Outcome<? extends Frame> outcome) {
    ControlChannelState state = channel.state();
    if (state != ControlChannelState.LOGGED_IN && state != ControlChannelState.LOGGING_OUT) {
      return;
    }
    if (outcome.isRefused()) {
      channel.refuse(outcome.refusal(), id, outcome.message());
    } else {
      transferFrames.answered(outcome.value());
      channel.send(outcome.value());
    }
  }

  private void onLoggedOut(Logout logout, Outcome<? extends Frame> outcome) {
    if (channel.state() != ControlChannelState.LOGGING_OUT) {
      return;
    }
    answer(logout.id(), outcome);
    // REQ-LOGIN-020: ok, then close 1000.
    channel.closeNormally("logout");
  }

  @Override
  public void onDeviceEvent(DeviceEvent event) {
    ControlChannelState state = channel.state();
    if (state == ControlChannelState.LOGGED_IN || state == ControlChannelState.LOGGING_OUT) {
      channel.send(event);
    }
  }

  @Override
  public void onMessage(Message message) {
    if (channel.state() == ControlChannelState.LOGGED_IN) {
      delivery.offer(message);
    }
  }

  @Override
  public void onReceipt(Frame receipt) {
    ControlChannelState state = channel.state();
    if (state == ControlChannelState.LOGGED_IN) {
      delivery.receipt(receipt);
    } else if (state == ControlChannelState.LOGGING_OUT) {
      channel.send(receipt);
    }
  }

  @Override
  public void onSettings(Settings settings) {
    ControlChannelState state = channel.state();
    if (state == ControlChannelState.LOGGED_IN || state == ControlChannelState.LOGGING_OUT) {
      channel.send(settings);
    }
  }

  @Override
  public void onTransfer(Frame frame) {
    ControlChannelState state = channel.state();
    boolean loggedIn =
        state == ControlChannelState.LOGGED_IN || state == ControlChannelState.LOGGING_OUT;
    if (loggedIn && transferFrames.news(frame)) {
      channel.send(frame);
    }
  }

  @Override
  public void onRevoked() {
    delivery.stop();
    channel.fail(ErrorCode.DEVICE_REVOKED, null, "the primary device revoked this device");
  }

  @Override
  public void onReplaced() {
    delivery.stop();
    channel.fail(
        ErrorCode.SESSION_REPLACED, null, "this device logged in again on another connection");
  }
}
