package org.mplp.server.http;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The deadlines of the HTTP request in progress on a connection (spec: Limits): its head must be
 * complete within requestHeadSeconds of its first byte (REQ-LIMIT-007), and a body the server is
 * reading must not pause longer than requestBodyIdleSeconds (REQ-LIMIT-008). One byte now and then
 * no longer holds a connection: the idle timeout alone was reset by every byte. Two handlers, one
 * before the HTTP codec that sees a head begin, one after it that sees the head end and the body
 * move; both leave when the connection becomes a WebSocket.
 */
public final class RequestDeadlines {

  /** Pipeline names of the two handlers. */
  public static final String BYTES = "request-deadline-bytes";

  public static final String MESSAGES = "request-deadline-messages";

  private final long headNanos;
  private final long bodyIdleNanos;
  private ChannelHandlerContext ctx;
  private boolean inHead;
  private boolean inBody;
  private ScheduledFuture<?> timer;

  public RequestDeadlines(int headSeconds, int bodyIdleSeconds) {
    this.headNanos = TimeUnit.SECONDS.toNanos(headSeconds);
    this.bodyIdleNanos = TimeUnit.SECONDS.toNanos(bodyIdleSeconds);
  }

  /** Adds the first handler before {@code codecName} and the second after it. */
  public void addAround(ChannelPipeline pipeline, String codecName) {
    pipeline.addBefore(codecName, BYTES, new Bytes());
    pipeline.addAfter(codecName, MESSAGES, new Messages());
  }

  /** Takes both handlers out of a connection that is no longer HTTP. */
  public static void remove(ChannelPipeline pipeline) {
    for (String name : new String[] {BYTES, MESSAGES}) {
      if (pipeline.get(name) != null) {
        pipeline.remove(name);
      }
    }
  }

  private void bytesArrived(ChannelHandlerContext context) {
    ctx = context;
    if (!inHead && !inBody) {
      inHead = true;
      schedule(headNanos);
    }
  }

  private void messageDecoded(Object msg) {
    if (msg instanceof HttpRequest) {
      inHead = false;
      cancel();
      inBody = !(msg instanceof FullHttpRequest) && !(msg instanceof LastHttpContent);
      if (inBody) {
        schedule(bodyIdleNanos);
      }
    } else if (msg instanceof HttpContent && inBody) {
      cancel();
      if (msg instanceof LastHttpContent) {
        inBody = false;
      } else {
        schedule(bodyIdleNanos);
      }
    }
  }

  private void schedule(long nanos) {
    cancel();
    timer = ctx.executor().schedule(this::expired, nanos, TimeUnit.NANOSECONDS);
  }

  private void cancel() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }

  private void expired() {
    timer = null;
    if (inHead) {
      var response =
          HttpResponses.text(
              HttpResponseStatus.REQUEST_TIMEOUT, "the request head came too slowly");
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.pipeline()
          .context(MESSAGES)
          .writeAndFlush(response)
          .addListener(ChannelFutureListener.CLOSE);
    } else if (inBody && !ctx.channel().config().isAutoRead()) {
      // The server itself has stopped reading (the disk or the answer lags): not the client's
      // pause.
      schedule(bodyIdleNanos);
    } else if (inBody) {
      ctx.close();
    }
  }

  /** Before the codec: the first bytes of a request start its head's deadline. */
  private final class Bytes extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
      if (msg instanceof ByteBuf bytes && bytes.isReadable()) {
        bytesArrived(context);
      }
      context.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
      cancel();
      context.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext context) {
      cancel();
    }
  }

  /** After the codec: a decoded head ends its deadline; body content moves the body's. */
  private final class Messages extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
      messageDecoded(msg);
      context.fireChannelRead(msg);
    }
  }
}
