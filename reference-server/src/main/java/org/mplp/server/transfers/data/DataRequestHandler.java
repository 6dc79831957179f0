package org.mplp.server.transfers.data;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.TimeUnit;
import org.mplp.server.transfers.TransferFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the data requests of a connection ({@code /transfers/...}) out of the HTTP stream before
 * anything aggregates them, and passes every other message on. One data request is served at a
 * time; a client that pipelines another behind it has the connection closed after the first.
 */
final class DataRequestHandler extends ChannelInboundHandlerAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(DataRequestHandler.class);

  private final DataChannel data;
  private final TransferFiles transfers;
  private DataExchange exchange;

  /** The request being read is another handler's, and so is its content. */
  private boolean passing;

  /** A request came in behind the data request being served: its content is dropped. */
  private boolean pipelined;

  /**
   * The most of a refused request's body read and dropped before the connection closes, and for how
   * long: closing while the client still sends makes TCP reset the connection, and the reset can
   * destroy the answer before the client has read it.
   */
  static final long DRAIN_LIMIT_BYTES = 64L << 20;

  static final int DRAIN_SECONDS = 10;

  /** Bytes of body still to drop before closing; negative when not draining. */
  private long draining = -1;

  DataRequestHandler(DataChannel data, TransferFiles transfers) {
    this.data = data;
    this.transfers = transfers;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (draining >= 0) {
      drop(ctx, msg);
      return;
    }
    if (msg instanceof HttpRequest request) {
      if (exchange != null) {
        ReferenceCountUtil.release(msg);
        exchange.closeWhenDone();
        passing = false;
        pipelined = true;
        return;
      }
      String path = pathOf(request);
      if (path != null && request.decoderResult().isSuccess() && FileKey.isDataPath(path)) {
        passing = false;
        pipelined = false;
        exchange = new DataExchange(ctx, data, transfers, request, path, this::ended);
        exchange.start();
        if (msg instanceof HttpContent content) {
          exchange.content(content);
        }
        return;
      }
      passing = true;
    } else if (msg instanceof HttpContent content && !passing) {
      if (exchange != null && !pipelined) {
        exchange.content(content);
      } else {
        // The rest of a data request already answered, or of one pipelined behind it.
        content.release();
      }
      return;
    }
    ctx.fireChannelRead(msg);
  }

  private static String pathOf(HttpRequest request) {
    try {
      return new QueryStringDecoder(request.uri()).path();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void ended(ChannelHandlerContext ctx, DataExchange ended, boolean keepAlive) {
    if (exchange != ended) {
      return;
    }
    exchange = null;
    if (keepAlive) {
      ctx.channel().config().setAutoRead(true);
      ctx.read();
    } else if (ended.bodyUnread()) {
      draining = DRAIN_LIMIT_BYTES;
      ctx.executor().schedule(() -> ctx.close(), DRAIN_SECONDS, TimeUnit.SECONDS);
      ctx.channel().config().setAutoRead(true);
      ctx.read();
    } else {
      ctx.close();
    }
  }

  /** Drops what arrives after a refusal until the body ends or the drain limit is passed. */
  private void drop(ChannelHandlerContext ctx, Object msg) {
    boolean last = msg instanceof LastHttpContent || msg instanceof HttpRequest;
    if (msg instanceof HttpContent content) {
      draining -= content.content().readableBytes();
    }
    ReferenceCountUtil.release(msg);
    if (last || draining < 0) {
      ctx.close();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (exchange != null) {
      exchange.connectionClosed();
      exchange = null;
    }
    ctx.fireChannelInactive();
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (exchange != null) {
      exchange.writabilityChanged();
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (exchange == null) {
      ctx.fireExceptionCaught(cause);
      return;
    }
    LOG.debug("data connection {} failed", ctx.channel().remoteAddress(), cause);
    ctx.close();
  }
}
