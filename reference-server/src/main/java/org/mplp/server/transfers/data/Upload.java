package org.mplp.server.transfers.data;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A PUT's body on its way to the spool file (REQ-DATA-005, 008): received buffers queue on the
 * event loop and go to disk in batches, one batch at a time, on a disk thread. While the queue is
 * long the connection stops reading, so a disk slower than the network costs no memory. Bytes that
 * arrived before a broken connection are still written.
 */
final class Upload {

  /** Queued bytes that stop reading from the connection, and the level that resumes it. */
  static final int PAUSE_BYTES = 1 << 20;

  static final int RESUME_BYTES = 256 << 10;

  private final ChannelHandlerContext ctx;
  private final DataExchange exchange;
  private final SpooledFile file;
  private final Executor disk;
  private final long size;

  /** Where the bytes this PUT may bring end: its Content-Range's end, else the file's size. */
  private final long end;

  /** Whether {@link #end} came from a Content-Range, so that passing it is a bad request. */
  private final boolean rangeDeclared;

  private final ArrayDeque<ByteBuf> queue = new ArrayDeque<>();
  private long queued;
  private long position;
  private long received;
  private boolean writing;
  private boolean lastSeen;
  private boolean overflow;
  private boolean paused;
  private boolean ended;
  private boolean wrote;
  private IOException failure;

  /** Read from other threads: a new PUT waits only for an upload whose connection is gone. */
  private volatile boolean connected = true;

  Upload(
      ChannelHandlerContext ctx,
      DataExchange exchange,
      SpooledFile file,
      Executor disk,
      long size,
      UploadRange range) {
    this.ctx = ctx;
    this.exchange = exchange;
    this.file = file;
    this.disk = disk;
    this.size = size;
    this.rangeDeclared = range.declared();
    this.end = range.declared() ? Math.min(range.end(), size) : size;
  }

  /** The upload starts at the bytes the file holds. */
  void begin(long held) {
    position = held;
    received = held;
  }

  /** Reads the body unless the queue is already long. */
  void readOn() {
    if (!paused && connected) {
      ctx.channel().config().setAutoRead(true);
      ctx.read();
    }
  }

  boolean connected() {
    return connected;
  }

  /** Closes the connection; called from any thread, when another PUT replaces this one. */
  void breakOff() {
    ctx.channel().close();
  }

  void content(HttpContent content) {
    ByteBuf bytes = content.content();
    int length = bytes.readableBytes();
    if (ended || overflow || !connected || length == 0) {
      content.release();
    } else if (received + length > end) {
      // A body without a length that runs past its range or the file: what lies within is kept,
      // nothing past it (REQ-DATA-008, REQ-DATA-018).
      int within = (int) (end - received);
      if (within > 0) {
        queue.add(bytes.retainedSlice(bytes.readerIndex(), within));
        queued += within;
        received += within;
      }
      overflow = true;
      content.release();
    } else {
      queue.add(bytes);
      queued += length;
      received += length;
    }
    if (content instanceof LastHttpContent) {
      lastSeen = true;
    }
    if (!paused && queued >= PAUSE_BYTES) {
      paused = true;
      ctx.channel().config().setAutoRead(false);
    }
    writeNext();
  }

  private void writeNext() {
    if (writing || ended) {
      return;
    }
    if (queue.isEmpty() || failure != null) {
      if (failure != null || overflow || lastSeen || !connected) {
        end();
      }
      return;
    }
    List<ByteBuf> batch = new ArrayList<>(queue);
    queue.clear();
    long bytes = batch.stream().mapToLong(ByteBuf::readableBytes).sum();
    long at = position;
    writing = true;
    disk.execute(
        () -> {
          IOException failed = null;
          try {
            file.write(batch, at);
          } catch (IOException e) {
            failed = e;
          } finally {
            batch.forEach(ByteBuf::release);
          }
          IOException outcome = failed;
          ctx.executor().execute(() -> written(bytes, outcome));
        });
  }

  private void written(long bytes, IOException failed) {
    writing = false;
    queued -= bytes;
    if (failed != null) {
      failure = failed;
    } else {
      position += bytes;
      wrote = true;
      // Counted before a download can see the bytes, so its progress never runs ahead.
      exchange.uploaded(position);
      file.uploadedTo(position);
    }
    if (paused && queued <= RESUME_BYTES && connected) {
      paused = false;
      readOn();
    }
    writeNext();
  }

  void connectionClosed() {
    connected = false;
    writeNext();
  }

  /** Answers the PUT unless its connection is gone, and lets the next upload of the file go. */
  private void end() {
    ended = true;
    queue.forEach(ByteBuf::release);
    queue.clear();
    queued = 0;
    if (connected) {
      if (failure != null) {
        exchange.respond(
            DataResponses.text(HttpResponseStatus.INTERNAL_SERVER_ERROR, "spool failed"), true);
      } else if (overflow && rangeDeclared && end < size) {
        exchange.respond(
            DataResponses.withOffset(
                HttpResponseStatus.BAD_REQUEST, "the body runs past its Content-Range", position),
            true);
      } else if (overflow) {
        exchange.respond(
            DataResponses.withOffset(
                HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                "the upload would pass the file's announced size",
                position),
            true);
      } else {
        if (position == size && !wrote) {
          // An empty file, or a PUT with no bytes at the end: the upload has ended all the same.
          exchange.uploaded(position);
        }
        exchange.respond(DataResponses.offset(position), false);
      }
    }
    file.uploadEnded(this);
    exchange.leaveFile();
  }
}
