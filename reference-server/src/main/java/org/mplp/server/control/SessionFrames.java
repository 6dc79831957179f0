package org.mplp.server.control;

import java.util.List;
import org.mplp.server.SessionServices;
import org.mplp.server.login.Challenge;
import org.mplp.server.login.PendingLogin;
import org.mplp.server.messages.MessageDelivery;
import org.mplp.server.session.Outcome;
import org.mplp.server.session.Session;
import org.mplp.spec.model.AcceptOffer;
import org.mplp.spec.model.CancelTransfer;
import org.mplp.spec.model.ClientFrame;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.FileResult;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.GetSettings;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.ListDevices;
import org.mplp.spec.model.ListTransfers;
import org.mplp.spec.model.Login;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.LoginProof;
import org.mplp.spec.model.Logout;
import org.mplp.spec.model.MakePrimary;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAck;
import org.mplp.spec.model.Offer;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Ping;
import org.mplp.spec.model.Pong;
import org.mplp.spec.model.ReceiptAck;
import org.mplp.spec.model.RejectOffer;
import org.mplp.spec.model.RenameDevice;
import org.mplp.spec.model.RevokeDevice;
import org.mplp.spec.model.Send;
import org.mplp.spec.model.SetPolicy;
import org.mplp.spec.model.SetReceive;
import org.mplp.spec.model.Settings;
import org.mplp.spec.model.Transfer;

/**
 * The frames a client sends after welcome, one visit method per type, and those of login and of a
 * logged-in device on one control channel (spec: Login, Devices). The work runs on the store
 * thread; its answers come back here, on the channel's event loop.
 */
final class SessionFrames implements Session.Endpoint, ClientFrame.Visitor<Void> {

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

  /** A client frame after welcome: each type has its visit method below. */
  void onFrame(ClientFrame frame) {
    frame.accept(this);
  }

  /** Whether the connection awaits a login; refuses the frame if not. */
  private boolean beforeLogin(ClientFrame frame) {
    switch (channel.state()) {
      case AWAITING_LOGIN, CHALLENGED -> {
        return true;
      }
      case LOGGED_IN ->
          channel.refuse(
              ErrorCode.UNEXPECTED_FRAME, frame.id(), "this connection is logged in already");
      default -> channel.refuse(ErrorCode.UNEXPECTED_FRAME, frame.id(), "the session is ending");
    }
    return false;
  }

  /** Whether the connection is logged in; refuses the frame if not. */
  private boolean loggedIn(ClientFrame frame) {
    switch (channel.state()) {
      case LOGGED_IN -> {
        return true;
      }
      case AWAITING_LOGIN, CHALLENGED ->
          channel.refuse(
              ErrorCode.LOGIN_REQUIRED, frame.id(), frame.type() + " needs a login first");
      default -> channel.refuse(ErrorCode.UNEXPECTED_FRAME, frame.id(), "the session is ending");
    }
    return false;
  }

  @Override
  public Void visitHello(Hello hello) {
    channel.refuse(
        ErrorCode.UNEXPECTED_FRAME, hello.id(), "hello was already exchanged on this connection");
    return null;
  }

  @Override
  public Void visitPing(Ping ping) {
    channel.send(new Pong(ping.id()));
    return null;
  }

  @Override
  public Void visitLogin(Login login) {
    if (!beforeLogin(login)) {
      return null;
    }
    if (loginUnderWay || channel.state() == ControlChannelState.CHALLENGED) {
      channel.refuse(
          ErrorCode.UNEXPECTED_FRAME, login.id(), "a login is under way; send its login-proof");
      return null;
    }
    loginUnderWay = true;
    services.login().begin(session, login, outcome -> onChallenge(login, outcome));
    return null;
  }

  @Override
  public Void visitLoginProof(LoginProof proof) {
    if (!beforeLogin(proof)) {
      return null;
    }
    if (loginUnderWay || channel.state() != ControlChannelState.CHALLENGED) {
      channel.refuse(ErrorCode.UNEXPECTED_FRAME, proof.id(), "no login-challenge awaits a proof");
      return null;
    }
    loginUnderWay = true;
    services.login().finish(session, pending, proof, outcome -> onLoginResult(proof, outcome));
    return null;
  }

  private void onChallenge(Login login, Outcome<Challenge> outcome) {
    loginUnderWay = false;
    if (channel.state() != ControlChannelState.AWAITING_LOGIN) {
      return;
    }
    if (outcome.isRefused()) {
      refuseLogin(outcome, login.id());
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
      refuseLogin(outcome, proof.id());
      return;
    }
    channel.state(ControlChannelState.LOGGED_IN);
    channel.send(outcome.value());
    // REQ-MSG-010: what waits for the device comes after login-ok.
    delivery.start(session);
    // REQ-XFER-022: and the transfers it takes part in or missed.
    services.transfers().loggedIn(session);
    services.settings().sendAtLogin(session);
  }

  /** Refuses a login or its proof, with the time a lockout has left when one refused it. */
  private void refuseLogin(Outcome<?> outcome, String replyTo) {
    if (outcome.retryAfterSeconds() == null) {
      channel.refuse(outcome.refusal(), replyTo, outcome.message());
    } else {
      channel.send(
          ErrorFrame.retryLater(
              outcome.refusal(), replyTo, outcome.message(), outcome.retryAfterSeconds()));
    }
  }

  /** The connection takes frames again after its buffer was full. */
  void writable() {
    delivery.writable();
  }

  @Override
  public Void visitListDevices(ListDevices list) {
    if (loggedIn(list)) {
      services.devices().list(session, list, outcome -> answer(list.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitRenameDevice(RenameDevice rename) {
    if (loggedIn(rename)) {
      services.devices().rename(session, rename, outcome -> answer(rename.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitSend(Send send) {
    if (loggedIn(send)) {
      services.messages().send(session, send, outcome -> answer(send.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitMessageAck(MessageAck ack) {
    if (loggedIn(ack)) {
      services.messages().acknowledge(session, ack, outcome -> answer(ack.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitReceiptAck(ReceiptAck ack) {
    if (loggedIn(ack)) {
      services.messages().acknowledgeReceipts(session, ack, outcome -> answer(ack.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitGetSettings(GetSettings get) {
    if (loggedIn(get)) {
      services.settings().get(session, get, outcome -> answer(get.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitSetReceive(SetReceive set) {
    if (loggedIn(set)) {
      services.settings().setReceive(session, set, outcome -> answer(set.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitSetPolicy(SetPolicy set) {
    if (loggedIn(set)) {
      services.authority().setPolicy(session, set, outcome -> answer(set.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitRevokeDevice(RevokeDevice revoke) {
    if (loggedIn(revoke)) {
      services.authority().revoke(session, revoke, outcome -> answer(revoke.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitMakePrimary(MakePrimary make) {
    if (loggedIn(make)) {
      services.authority().makePrimary(session, make, outcome -> answer(make.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitOffer(Offer offer) {
    if (loggedIn(offer)) {
      services.transfers().offer(session, offer, outcome -> offered(offer, outcome));
    }
    return null;
  }

  @Override
  public Void visitAcceptOffer(AcceptOffer accept) {
    if (loggedIn(accept)) {
      services.transfers().accept(session, accept, outcome -> answer(accept.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitRejectOffer(RejectOffer reject) {
    if (loggedIn(reject)) {
      services.transfers().reject(session, reject, outcome -> answer(reject.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitCancelTransfer(CancelTransfer cancel) {
    if (loggedIn(cancel)) {
      services.transfers().cancel(session, cancel, outcome -> answer(cancel.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitFileResult(FileResult result) {
    if (loggedIn(result)) {
      services.transfers().fileResult(session, result, outcome -> answer(result.id(), outcome));
    }
    return null;
  }

  @Override
  public Void visitListTransfers(ListTransfers list) {
    if (loggedIn(list)) {
      services.transfers().list(session, list, outcome -> listed(list.id(), outcome));
    }
    return null;
  }

  /**
   * An offer to one device is answered with its transfer; one to several with each transfer as if
   * unasked, then ok (REQ-XFER-032).
   */
  private void offered(Offer offer, Outcome<List<Transfer>> outcome) {
    if (outcome.isRefused() || !offer.toSeveral()) {
      answer(
          offer.id(),
          outcome.isRefused()
              ? Outcome.<Transfer>refused(outcome.refusal(), outcome.message())
              : Outcome.done(outcome.value().get(0)));
    } else {
      listed(offer.id(), outcome);
    }
  }

  /** REQ-XFER-050: each listed transfer as if unasked, then ok; sent even if sent before. */
  private void listed(String id, Outcome<List<Transfer>> outcome) {
    if (channel.state() != ControlChannelState.LOGGED_IN) {
      return;
    }
    if (outcome.isRefused()) {
      channel.refuse(outcome.refusal(), id, outcome.message());
      return;
    }
    for (Transfer transfer : outcome.value()) {
      transferFrames.news(transfer);
      channel.send(transfer);
    }
    channel.send(new Ok(id));
  }

  @Override
  public Void visitLogout(Logout logout) {
    if (loggedIn(logout)) {
      delivery.stop();
      channel.state(ControlChannelState.LOGGING_OUT);
      services.devices().logout(session, logout, outcome -> onLoggedOut(logout, outcome));
    }
    return null;
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
  public void onAccountRemoved() {
    delivery.stop();
    channel.fail(ErrorCode.ACCOUNT_REMOVED, null, "the account was removed");
  }

  @Override
  public void onReplaced() {
    delivery.stop();
    channel.fail(
        ErrorCode.SESSION_REPLACED, null, "this device logged in again on another connection");
  }
}
