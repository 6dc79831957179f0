package org.mplp.server.transfers.data;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import java.util.concurrent.Executor;

/**
 * A GET's bytes on their way out (REQ-DATA-009 to 011, 013). On plain HTTP, regions of the spool
 * file go straight to the socket ({@code sendfile}: no copy through the JVM, no hand-off to a disk
 * thread); over TLS, which must encrypt every byte, one chunk at a time is read on a disk thread.
 * Either way bytes are written while the connection is writable, and a download that has caught up
 * with the upload waits until the file holds more.
 */
final class Download {

  static final int CHUNK_BYTES = 128 * 1024;

  /** The most one file region hands the kernel at a time: fewer, larger writes. */
  static final int REGION_BYTES = 4 * 1024 * 1024;

  private final ChannelHandlerContext ctx;
  private final DataExchange exchange;
  private final SpooledFile file;
  private final Executor disk;
  private final long end;
  private final boolean zeroCopy;
  private long position;
  private boolean reading;
  private boolean connected = true;
  private boolean done;

  Download(
      ChannelHandlerContext ctx,
      DataExchange exchange,
      SpooledFile file,
      Executor disk,
      long first,
      long end) {
    this.ctx = ctx;
    this.exchange = exchange;
    this.file = file;
    this.disk = disk;
    this.position = first;
    this.end = end;
    this.zeroCopy = ctx.pipeline().get(SslHandler.class) == null;
  }

  void start(HttpResponse head) {
    ctx.writeAndFlush(head);
    pump();
  }

  /** Sends what it can; called again when the connection drains or the file grows. */
  void pump() {
    if (!connected || done || reading) {
      return;
    }
    if (position == end) {
      done = true;
      long sent = position;
      ChannelFuture last =
          ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT)
              .addListener(
                  written -> {
                    // An empty file or range has no chunk whose write would report it.
                    if (written.isSuccess()
                        && file.downloadedTo(exchange.named().transferId(), sent)) {
                      exchange.downloaded(sent);
                    }
                  });
      exchange.downloadWritten(last);
      exchange.leaveFile();
      return;
    }
    if (!ctx.channel().isWritable()) {
      return;
    }
    long available = file.availableFrom(position, this::wake);
    if (available == 0) {
      return;
    }
    if (zeroCopy) {
      sendRegions(available);
      return;
    }
    int length = (int) Math.min(CHUNK_BYTES, Math.min(available, end - position));
    ByteBuf chunk = ctx.alloc().buffer(length);
    long at = position;
    reading = true;
    disk.execute(
        () -> {
          IOException failed = null;
          try {
            file.read(chunk, at, length);
          } catch (IOException e) {
            failed = e;
          }
          IOException outcome = failed;
          ctx.executor().execute(() -> read(chunk, length, outcome));
        });
  }

  private void read(ByteBuf chunk, int length, IOException failed) {
    reading = false;
    if (failed != null || !connected) {
      chunk.release();
      if (connected) {
        // The status line is out; only a cut connection can tell the client it failed.
        ctx.close();
      } else {
        exchange.leaveFile();
      }
      return;
    }
    position += length;
    long sent = position;
    ctx.writeAndFlush(new DefaultHttpContent(chunk))
        .addListener(
            written -> {
              if (written.isSuccess() && file.downloadedTo(exchange.named().transferId(), sent)) {
                exchange.downloaded(sent);
              }
            });
    pump();
  }

  /**
   * Hands the kernel regions of the file while the connection takes them. The kernel's {@code
   * sendfile} runs on this event loop: it reads pages that the upload wrote moments before (the
   * download follows it) and that the page cache still holds, so it copies memory to the socket and
   * waits for no disk; a download of a file at rest may wait for the disk for at most one region
   * per write, about as long as a full socket buffer makes any writer wait.
   */
  private void sendRegions(long available) {
    long left = available;
    while (left > 0 && position < end && ctx.channel().isWritable()) {
      int length = (int) Math.min(REGION_BYTES, Math.min(left, end - position));
      long at = position;
      position += length;
      left -= length;
      long sent = position;
      ctx.writeAndFlush(new DefaultFileRegion(file.path().toFile(), at, length))
          .addListener(
              written -> {
                if (written.isSuccess() && file.downloadedTo(exchange.named().transferId(), sent)) {
                  exchange.downloaded(sent);
                }
              })
          .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    }
    if (position == end || ctx.channel().isWritable()) {
      // Caught up with the file, or done: pump again waits for more or ends the response.
      ctx.executor().execute(this::pump);
    }
  }

  /** From any thread: the file holds more bytes. */
  private void wake() {
    ctx.executor().execute(this::pump);
  }

  /**
   * The connection's writability changed. Netty reports that from inside a write, so pumping here
   * at once would write the next content into the middle of the one being encoded (seen as a buffer
   * released twice); the pump runs as a task of its own instead.
   */
  void writabilityChanged() {
    ctx.executor().execute(this::pump);
  }

  void connectionClosed() {
    connected = false;
    if (!reading) {
      exchange.leaveFile();
    }
  }
}
