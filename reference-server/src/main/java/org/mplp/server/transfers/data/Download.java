package org.mplp.server.transfers.data;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.util.concurrent.Executor;

/**
 * A GET's bytes on their way out (REQ-DATA-009 to 011, 013): one chunk at a time is read from the
 * spool file on a disk thread and written while the connection is writable. A download that has
 * caught up with the upload waits until the file holds more.
 */
final class Download {

  static final int CHUNK_BYTES = 128 * 1024;

  private final ChannelHandlerContext ctx;
  private final DataExchange exchange;
  private final SpooledFile file;
  private final Executor disk;
  private final long end;
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
      ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT)
          .addListener(
              written -> {
                // An empty file or range has no chunk whose write would report it.
                if (written.isSuccess() && file.downloadedTo(sent)) {
                  exchange.downloaded(file.key(), sent);
                }
              })
          .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
      exchange.downloadWritten();
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
              if (written.isSuccess() && file.downloadedTo(sent)) {
                exchange.downloaded(file.key(), sent);
              }
            });
    pump();
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
