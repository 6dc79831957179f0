package org.mplp.server.control;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.mplp.server.ServerDescription;
import org.mplp.server.session.Session;
import org.mplp.server.session.SessionServices;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.Ping;
import org.mplp.spec.model.Pong;
import org.mplp.spec.model.Welcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's control channel: the opening exchange, ping, the error registry, the frame-rate
 * limit and the limit of frames before login (spec: Opening exchange, Errors, Limits, Login); the
 * frames of login and devices go to {@link SessionFrames}. Every refused frame gets exactly one
 * error frame; a fatal error is followed by a close with its registered code.
 */
public final class ControlChannelHandler extends SimpleChannelInboundHandler<WebSocketFrame>
    implements ControlChannel {

  private static final Logger LOG = LoggerFactory.getLogger(ControlChannelHandler.class);

  /** How long the client may take to answer our close frame before the TCP connection goes. */
  static final long CLOSE_GRACE_MILLIS = 2000;

  private final FrameCodec codec;
  private final ServerDescription description;
  private final TokenBucket rateLimit;
  private final SessionFrames sessionFrames;
  private ControlChannelState state = ControlChannelState.AWAITING_HELLO;
  private ChannelHandlerContext ctx;
  private int framesBeforeLogin;
  private ScheduledFuture<?> helloTimeout;
  private ScheduledFuture<?> closeGrace;

  public ControlChannelHandler(
      Binding binding, ServerDescription description, SessionServices services) {
    this(binding, description, services, System::nanoTime);
  }

  /** With the clock of the rate limit given, for tests. */
  ControlChannelHandler(
      Binding binding,
      ServerDescription description,
      SessionServices services,
      LongSupplier nanoClock) {
    this.codec = FrameCodec.forBinding(binding);
    this.description = description;
    this.rateLimit = new TokenBucket(description.limits().maxFramesPerSecond(), nanoClock);
    this.sessionFrames = new SessionFrames(this, services);
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
    sessionFrames.attach(
        new Session(ctx.channel().eventLoop(), RemoteIp.of(ctx.channel()), sessionFrames));
    // Installed during the upgrade, so the timeout runs from the upgrade (REQ-OPEN-006).
    int seconds = description.limits().helloTimeoutSeconds();
    helloTimeout =
        ctx.executor()
            .schedule(
                () -> {
                  if (state == ControlChannelState.AWAITING_HELLO) {
                    fail(ctx, ErrorCode.HELLO_TIMEOUT, null, "no hello within " + seconds + " s");
                  }
                },
                seconds,
                TimeUnit.SECONDS);
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
    if (frame instanceof CloseWebSocketFrame close) {
      onClose(ctx, close);
    } else if (state == ControlChannelState.CLOSING) {
      // Our close frame is out; what the client sent meanwhile is not answered.
      return;
    } else if (frame instanceof TextWebSocketFrame text) {
      onText(ctx, text.text());
    } else if (frame instanceof BinaryWebSocketFrame) {
      fail(ctx, ErrorCode.BINARY_FRAME, null, "binary messages carry no frames");
    } else if (frame instanceof PingWebSocketFrame ping) {
      ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
    }
    // WebSocket pongs need nothing; continuations cannot pass the aggregator.
  }

  private void onText(ChannelHandlerContext ctx, String text) {
    DecodedFrame decoded = DecodedFrame.decode(codec, text);
    // Every frame counts, refused or not: a connection that never logs in gets a bounded number.
    if (state.beforeLogin() && ++framesBeforeLogin > description.limits().maxFramesBeforeLogin()) {
      fail(
          ctx,
          ErrorCode.LOGIN_LIMIT,
          decoded.replyTo(),
          "more than "
              + description.limits().maxFramesBeforeLogin()
              + " frames without a successful login");
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
      if (decoded.frame() instanceof Hello hello) {
        onHello(ctx, hello);
      } else {
        fail(
            ctx,
            ErrorCode.HELLO_REQUIRED,
            decoded.replyTo(),
            "the first frame on a connection must be hello");
      }
    } else if (decoded.refusal() != null) {
      refuse(ctx, decoded.refusal());
    } else {
      onFrame(ctx, decoded.frame());
    }
  }

  private void onHello(ChannelHandlerContext ctx, Hello hello) {
    // The client lists its versions most preferred first (REQ-OPEN-002).
    Optional<String> version =
        hello.versions().stream().filter(description.versions()::contains).findFirst();
    if (version.isEmpty()) {
      fail(
          ctx,
          ErrorCode.VERSION_NOT_SUPPORTED,
          hello.id(),
          "this server speaks " + String.join(", ", description.versions()));
      return;
    }
    cancelHelloTimeout();
    state = ControlChannelState.AWAITING_LOGIN;
    send(
        ctx,
        new Welcome(
            hello.id(),
            version.get(),
            description.server(),
            description.profiles(),
            description.limits()));
  }

  private void onFrame(ChannelHandlerContext ctx, Frame frame) {
    if (frame instanceof Ping ping) {
      send(ctx, new Pong(ping.id()));
    } else if (frame instanceof Hello hello) {
      refuse(
          ctx,
          ErrorFrame.of(
              ErrorCode.UNEXPECTED_FRAME,
              hello.id(),
              "hello was already exchanged on this connection"));
    } else if (!FrameIds.isClientFrame(frame)) {
      // Frames that travel from server to client only (REQ-ERROR-008), before login or after.
      refuse(
          ctx,
          ErrorFrame.of(
              ErrorCode.UNEXPECTED_FRAME, null, frame.type() + " is sent by servers only"));
    } else {
      sessionFrames.onFrame(frame);
    }
  }

  private void onClose(ChannelHandlerContext ctx, CloseWebSocketFrame close) {
    if (state == ControlChannelState.CLOSING) {
      // The client's answer to our close: the closing handshake is complete.
      ctx.close();
      return;
    }
    state = ControlChannelState.CLOSING;
    cancelHelloTimeout();
    // Echo the client's status, as RFC 6455 section 5.5.1 suggests, then end the connection.
    ctx.writeAndFlush(new CloseWebSocketFrame(true, 0, close.content().retainedDuplicate()))
        .addListener(ChannelFutureListener.CLOSE);
  }

  /** Answers a refused frame with a non-fatal error frame; the connection stays open. */
  private void refuse(ChannelHandlerContext ctx, ErrorFrame error) {
    LOG.debug("{} refused a frame: {}", ctx.channel().remoteAddress(), error.code());
    send(ctx, error);
  }

  /** Sends a fatal error and closes with its registered code, the code being the reason. */
  private void fail(ChannelHandlerContext ctx, ErrorCode code, String replyTo, String message) {
    if (state == ControlChannelState.CLOSING) {
      return;
    }
    LOG.debug("{} fails with {}: {}", ctx.channel().remoteAddress(), code.code(), message);
    ctx.write(
        new TextWebSocketFrame(
            codec.encode(new ErrorFrame(replyTo, code.code(), true, message, null))));
    startClosing(ctx, new CloseWebSocketFrame(code.closeCode(), code.code()));
  }

  private void startClosing(ChannelHandlerContext ctx, CloseWebSocketFrame close) {
    state = ControlChannelState.CLOSING;
    cancelHelloTimeout();
    ctx.writeAndFlush(close).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    // Reading goes on, so the client's close frame ends the connection cleanly; if it does not
    // come, the connection ends anyway.
    closeGrace =
        ctx.executor().schedule(() -> ctx.close(), CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void send(ChannelHandlerContext ctx, Frame frame) {
    // One frame, one text message (REQ-TRANSPORT-007).
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
    fail(ctx, code, replyTo, message);
  }

  @Override
  public void closeNormally(String reason) {
    if (state != ControlChannelState.CLOSING) {
      startClosing(
          ctx, new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE.code(), reason));
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof IOException) {
      LOG.debug("{} connection failed: {}", ctx.channel().remoteAddress(), cause.toString());
      ctx.close();
    } else if (state == ControlChannelState.CLOSING) {
      LOG.debug("{} while closing: {}", ctx.channel().remoteAddress(), cause.toString());
    } else if (isTooLarge(cause)) {
      fail(
          ctx,
          ErrorCode.FRAME_TOO_LARGE,
          null,
          "a message is longer than " + description.limits().maxFrameBytes() + " bytes");
    } else if (cause instanceof CorruptedWebSocketFrameException corrupted) {
      LOG.debug(
          "{} broke the WebSocket protocol: {}", ctx.channel().remoteAddress(), cause.toString());
      startClosing(ctx, new CloseWebSocketFrame(corrupted.closeStatus()));
    } else {
      LOG.warn("control channel {} failed", ctx.channel().remoteAddress(), cause);
      startClosing(ctx, new CloseWebSocketFrame(WebSocketCloseStatus.INTERNAL_SERVER_ERROR));
    }
  }

  /** The decoder refuses a long single frame, the aggregator a long message of several. */
  private static boolean isTooLarge(Throwable cause) {
    return cause instanceof TooLongFrameException
        || cause instanceof CorruptedWebSocketFrameException corrupted
            && corrupted.closeStatus().code() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code();
  }

  private void cancelHelloTimeout() {
    if (helloTimeout != null) {
      helloTimeout.cancel(false);
      helloTimeout = null;
    }
  }

  private void cancelTimers() {
    cancelHelloTimeout();
    if (closeGrace != null) {
      closeGrace.cancel(false);
      closeGrace = null;
    }
  }
}
