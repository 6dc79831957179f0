package org.mplp.bench.client;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import java.util.concurrent.CompletableFuture;

/**
 * One control channel of the bench: opens with hello, logs in with SCRAM, then hands every frame to
 * its {@link Listener}. All of it runs on the connection's event loop and never blocks.
 */
public final class MplpConnection extends SimpleChannelInboundHandler<TextWebSocketFrame> {

  /** What a scenario does with a logged-in connection; called on the event loop. */
  public interface Listener {
    void onFrame(MplpConnection connection, TopFields frame, String text);

    /** After a burst of reads: the moment to send what was batched (acknowledgements). */
    default void onReadComplete(MplpConnection connection) {}

    default void onClosed(MplpConnection connection) {}
  }

  private enum State {
    OPENING,
    HELLO_SENT,
    LOGIN_SENT,
    PROOF_SENT,
    READY
  }

  private final Credential credential;
  private final CompletableFuture<LoginOk> loggedIn = new CompletableFuture<>();
  private volatile Listener listener;
  private State state = State.OPENING;
  private String clientFirstBare;
  private Scram.Exchange exchange;
  private Channel channel;
  private LoginOk loginOk;

  MplpConnection(Credential credential, Listener listener) {
    this.credential = credential;
    this.listener = listener;
  }

  /** Completes with login-ok, or exceptionally with the reason the login did not happen. */
  public CompletableFuture<LoginOk> loggedIn() {
    return loggedIn;
  }

  public Credential credential() {
    return credential;
  }

  public LoginOk loginOk() {
    return loginOk;
  }

  public Channel channel() {
    return channel;
  }

  public void listener(Listener newListener) {
    this.listener = newListener;
  }

  /** Writes and flushes one frame: one message per write. */
  public ChannelFuture send(String text) {
    return channel.writeAndFlush(new TextWebSocketFrame(text));
  }

  public ChannelFuture close() {
    return channel.close();
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    channel = ctx.channel();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (event == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
      state = State.HELLO_SENT;
      ctx.writeAndFlush(new TextWebSocketFrame(Frames.hello()));
    } else if (event == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
      fail(ctx, "WebSocket handshake timed out");
    }
    super.userEventTriggered(ctx, event);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
    String text = frame.text();
    if (state == State.READY) {
      listener.onFrame(this, TopFields.parse(text), text);
      return;
    }
    TopFields fields = TopFields.parse(text);
    switch (state) {
      case HELLO_SENT -> {
        if (!fields.type().equals("welcome")) {
          fail(ctx, "expected welcome, got " + text);
          return;
        }
        clientFirstBare = Scram.clientFirstBare(credential.scramUser(), Scram.newNonce());
        state = State.LOGIN_SENT;
        ctx.writeAndFlush(
            new TextWebSocketFrame(
                Frames.login(credential.account(), credential.device(), "n,," + clientFirstBare)));
      }
      case LOGIN_SENT -> {
        if (!fields.type().equals("login-challenge")) {
          fail(ctx, "expected login-challenge, got " + text);
          return;
        }
        exchange = Scram.finish(credential.secret(), clientFirstBare, fields.get("serverFirst"));
        state = State.PROOF_SENT;
        ctx.writeAndFlush(new TextWebSocketFrame(Frames.loginProof(exchange.clientFinal())));
      }
      case PROOF_SENT -> {
        if (!fields.type().equals("login-ok")) {
          fail(ctx, "expected login-ok, got " + text);
          return;
        }
        if (!exchange.expectedServerFinal().equals(fields.get("serverFinal"))) {
          fail(ctx, "the server's SCRAM signature does not match");
          return;
        }
        state = State.READY;
        loginOk = new LoginOk(fields.get("self.address"), fields.get("credential"));
        loggedIn.complete(loginOk);
      }
      default -> fail(ctx, "frame before the opening finished: " + text);
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    if (state == State.READY) {
      listener.onReadComplete(this);
    }
    ctx.fireChannelReadComplete();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    loggedIn.completeExceptionally(new IllegalStateException("closed in state " + state));
    listener.onClosed(this);
    super.channelInactive(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    fail(ctx, cause.toString());
  }

  private void fail(ChannelHandlerContext ctx, String reason) {
    loggedIn.completeExceptionally(new IllegalStateException(reason));
    ctx.close();
  }
}
