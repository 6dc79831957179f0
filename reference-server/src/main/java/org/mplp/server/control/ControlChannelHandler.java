package org.mplp.server.control;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.function.LongSupplier;
import org.mplp.server.Alternative;
import org.mplp.server.ServerDescription;
import org.mplp.server.SessionServices;
import org.mplp.server.ops.FrameMeter;
import org.mplp.server.session.Session;
import org.mplp.server.transport.ServerStopping;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.model.ClientFrame;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's control channel: dispatches its frames to the opening exchange ({@link
 * OpeningExchange}), the frame-rate limit and the client frames after welcome ({@link
 * SessionFrames}) (spec: Opening exchange, Errors, Limits, Login). Every refused frame gets exactly
 * one error frame; a fatal error is followed by a close with its registered code ({@link
 * ChannelClosing}).
 */
public final class ControlChannelHandler extends SimpleChannelInboundHandler<WebSocketFrame>
    implements ControlChannel {

  private static final Logger LOG = LoggerFactory.getLogger(ControlChannelHandler.class);

  /** How long the client may take to answer our close frame before the TCP connection goes. */
  static final long CLOSE_GRACE_MILLIS = ChannelClosing.GRACE_MILLIS;

  private final FrameCodec codec;
  private final ServerDescription description;
  private final TokenBucket rateLimit;
  private final SessionFrames sessionFrames;
  private final OpeningExchange opening;
  private final ChannelClosing closing;
  private final WebSocketLayer webSocket;
  private final FrameMeter meter;
  private ControlChannelState state = ControlChannelState.AWAITING_HELLO;
  private ChannelHandlerContext ctx;

  public ControlChannelHandler(
      Binding binding, ServerDescription description, SessionServices services, FrameMeter meter) {
    this(binding, description, services, System::nanoTime, meter);
  }

  /** With the clock of the rate limit given, for tests. */
  ControlChannelHandler(
      Binding binding,
      ServerDescription description,
      SessionServices services,
      LongSupplier nanoClock) {
    this(binding, description, services, nanoClock, FrameMeter.NONE);
  }

  private ControlChannelHandler(
      Binding binding,
      ServerDescription description,
      SessionServices services,
      LongSupplier nanoClock,
      FrameMeter meter) {
    this.meter = meter;
    this.codec = FrameCodec.forBinding(binding);
    this.description = description;
    this.rateLimit = new TokenBucket(description.limits().maxFramesPerSecond(), nanoClock);
    this.sessionFrames = new SessionFrames(this, services);
    this.opening =
        new OpeningExchange(
            this,
            description,
            services.alternatives().contains(Alternative.SCHEMA_VIOLATION_BEFORE_HELLO));
    this.closing = new ChannelClosing(this, codec, opening::cancelHelloTimeout);
    this.webSocket = new WebSocketLayer(this, closing, description, this::onText);
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
    sessionFrames.attach(
        new Session(ctx.channel().eventLoop(), RemoteIp.of(ctx.channel()), sessionFrames));
    opening.startHelloTimeout(ctx);
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    cancelTimers();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    cancelTimers();
    sessionFrames.connectionEnded();
    ctx.fireChannelInactive();
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (ctx.channel().isWritable()) {
      sessionFrames.writable();
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    webSocket.read(ctx, frame);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (event == ServerStopping.EVENT) {
      // Going away, said so: the client knows to come back later (REQ-OPEN-012).
      closing.fail(ctx, ErrorCode.SHUTTING_DOWN, null, "the server is stopping");
    } else {
      super.userEventTriggered(ctx, event);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    webSocket.exceptionCaught(ctx, cause);
  }

  private void onText(ChannelHandlerContext ctx, String text) {
    DecodedFrame decoded = DecodedFrame.decode(codec, text);
    if (!opening.countBeforeLogin(decoded.replyTo())) {
      return;
    }
    // Decoded first, so that a rate-limited frame is answered with its id (REQ-ERROR-002).
    if (!rateLimit.tryTake()) {
      refuse(
          ctx,
          ErrorFrame.of(
              ErrorCode.RATE_LIMITED,
              decoded.replyTo(),
              "more than " + description.limits().maxFramesPerSecond() + " frames a second"));
      return;
    }
    if (decoded.isInternalError()) {
      refuse(ctx, decoded.refusal());
    } else if (state == ControlChannelState.AWAITING_HELLO) {
      opening.onFirstFrame(decoded);
    } else if (decoded.refusal() != null) {
      refuse(ctx, decoded.refusal());
    } else {
      onFrame(ctx, decoded.frame());
    }
  }

  private void onFrame(ChannelHandlerContext ctx, Frame frame) {
    meter.received(frame.type());
    if (frame instanceof ClientFrame clientFrame) {
      sessionFrames.onFrame(clientFrame);
    } else {
      // Frames that travel from server to client only (REQ-ERROR-008), before login or after.
      refuse(
          ctx,
          ErrorFrame.of(
              ErrorCode.UNEXPECTED_FRAME, null, frame.type() + " is sent by servers only"));
    }
  }

  /** Answers a refused frame with a non-fatal error frame; the connection stays open. */
  private void refuse(ChannelHandlerContext ctx, ErrorFrame error) {
    LOG.debug("{} refused a frame: {}", ctx.channel().remoteAddress(), error.code());
    send(ctx, error);
  }

  private void send(ChannelHandlerContext ctx, Frame frame) {
    // One frame, one text message (REQ-TRANSPORT-007).
    meter.sent(frame.type());
    ctx.writeAndFlush(new TextWebSocketFrame(codec.encode(frame)))
        .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
  }

  @Override
  public ControlChannelState state() {
    return state;
  }

  @Override
  public void state(ControlChannelState next) {
    state = next;
  }

  @Override
  public void send(Frame frame) {
    send(ctx, frame);
  }

  @Override
  public boolean writable() {
    return ctx.channel().isWritable();
  }

  @Override
  public void refuse(ErrorCode code, String replyTo, String message) {
    refuse(ctx, ErrorFrame.of(code, replyTo, message));
  }

  @Override
  public void fail(ErrorCode code, String replyTo, String message) {
    closing.fail(ctx, code, replyTo, message);
  }

  @Override
  public void closeNormally(String reason) {
    closing.closeNormally(ctx, reason);
  }

  private void cancelTimers() {
    opening.cancelHelloTimeout();
    opening.cancelLoginTimeout();
    closing.cancelGrace();
  }
}
