package org.mplp.server.transfers.data;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mplp.server.transfers.DataDirection;
import org.mplp.server.transfers.FileAccess;
import org.mplp.server.transfers.TransferFiles;

/**
 * One data request, on its connection's event loop: checks the path, method and token (REQ-DATA-002
 * to 004), waits for the transfers' answer without blocking, opens the spooled file on a disk
 * thread, then answers a HEAD or hands the request to an {@link Upload} or a {@link Download}.
 */
final class DataExchange {

  /** How the exchange tells its connection that it has answered. */
  interface Ending {
    void ended(ChannelHandlerContext ctx, DataExchange exchange, boolean keepAlive);
  }

  private final ChannelHandlerContext ctx;
  private final DataChannel data;
  private final TransferFiles transfers;
  private final HttpRequest request;
  private final String path;
  private final Ending ending;

  /** Body content read before the upload could take it. */
  private final List<HttpContent> early = new ArrayList<>();

  private FileKey named;

  private boolean lastSeen;
  private boolean finished;
  private boolean closeWhenDone;
  private SpooledFile file;
  private Upload upload;
  private Download download;

  DataExchange(
      ChannelHandlerContext ctx,
      DataChannel data,
      TransferFiles transfers,
      HttpRequest request,
      String path,
      Ending ending) {
    this.ctx = ctx;
    this.data = data;
    this.transfers = transfers;
    this.request = request;
    this.path = path;
    this.ending = ending;
  }

  void start() {
    Optional<FileKey> key = FileKey.parse(path);
    if (key.isEmpty()) {
      respond(DataResponses.text(HttpResponseStatus.NOT_FOUND, "no such file"), false);
      return;
    }
    HttpMethod method = request.method();
    DataDirection direction;
    if (HttpMethod.PUT.equals(method) || HttpMethod.HEAD.equals(method)) {
      direction = DataDirection.UPLOAD;
    } else if (HttpMethod.GET.equals(method)) {
      direction = DataDirection.DOWNLOAD;
    } else {
      FullHttpResponse refusal =
          DataResponses.text(HttpResponseStatus.METHOD_NOT_ALLOWED, "method not allowed");
      refusal.headers().set(HttpHeaderNames.ALLOW, "GET, HEAD, PUT");
      respond(refusal, false);
      return;
    }
    Optional<String> token = BearerToken.of(request.headers());
    if (token.isEmpty()) {
      FullHttpResponse refusal =
          DataResponses.text(HttpResponseStatus.UNAUTHORIZED, "a Bearer token is required");
      refusal.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
      respond(refusal, false);
      return;
    }
    // Nothing more is read until the transfers have answered; the body waits in the socket.
    ctx.channel().config().setAutoRead(false);
    CompletionStage<FileAccess> access;
    try {
      access =
          transfers.authorize(key.get().transferId(), key.get().index(), token.get(), direction);
    } catch (RuntimeException e) {
      access = CompletableFuture.failedFuture(e);
    }
    access.whenComplete(
        (answer, failure) -> ctx.executor().execute(() -> authorized(key.get(), answer, failure)));
  }

  private void authorized(FileKey key, FileAccess access, Throwable failure) {
    named = key;
    if (finished) {
      return;
    }
    if (failure != null) {
      respond(DataResponses.text(HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal error"), true);
    } else if (access instanceof FileAccess.Granted granted) {
      // The transfers of a group share one spooled file (REQ-XFER-033).
      FileKey spooled = granted.group() == null ? key : new FileKey(granted.group(), key.index());
      open(data.diskSpool().file(spooled), granted.size());
    } else if (access instanceof FileAccess.Gone) {
      respond(DataResponses.text(HttpResponseStatus.GONE, "the transfer or file has ended"), false);
    } else {
      respond(DataResponses.text(HttpResponseStatus.FORBIDDEN, "not this file's token"), false);
    }
  }

  private void open(SpooledFile spooled, long size) {
    data.diskSpool()
        .disk()
        .execute(
            () -> {
              IOException failure = null;
              try {
                spooled.open(ctx.channel());
              } catch (IOException e) {
                failure = e;
              }
              IOException failed = failure;
              ctx.executor().execute(() -> opened(spooled, size, failed));
            });
  }

  private void opened(SpooledFile spooled, long size, IOException failure) {
    file = spooled;
    if (failure instanceof ClosedChannelException) {
      respond(DataResponses.text(HttpResponseStatus.GONE, "the file was discarded"), false);
      leaveFile();
      return;
    }
    if (failure != null || finished) {
      if (!finished) {
        respond(DataResponses.text(HttpResponseStatus.INTERNAL_SERVER_ERROR, "spool failed"), true);
      }
      leaveFile();
      return;
    }
    HttpMethod method = request.method();
    if (HttpMethod.GET.equals(method)) {
      startDownload(size);
    } else if (HttpMethod.HEAD.equals(method)) {
      // A HEAD waits only for the last bytes of an upload whose connection is gone.
      file.afterUpload(false, () -> ctx.executor().execute(this::answerHead));
    } else {
      // A new PUT replaces an upload still in progress: its client has given up on it.
      file.afterUpload(true, () -> ctx.executor().execute(() -> startUpload(size)));
    }
  }

  private void answerHead() {
    respond(DataResponses.offset(file.held()), false);
    leaveFile();
  }

  private void startUpload(long size) {
    if (finished) {
      leaveFile();
      return;
    }
    Optional<UploadRange> range = UploadRange.of(request);
    if (range.isEmpty()) {
      respond(DataResponses.text(HttpResponseStatus.BAD_REQUEST, "bad Content-Range"), true);
      leaveFile();
      return;
    }
    Upload next = new Upload(ctx, this, file, data.diskSpool().disk(), size, range.get());
    if (!file.claimUpload(next)) {
      file.afterUpload(true, () -> ctx.executor().execute(() -> startUpload(size)));
      return;
    }
    long held = file.held();
    if (range.get().first() != held) {
      file.uploadEnded(next);
      respond(
          DataResponses.withOffset(
              HttpResponseStatus.CONFLICT, "the upload must start at Upload-Offset", held),
          true);
      leaveFile();
      return;
    }
    if (range.get().end() > size) {
      file.uploadEnded(next);
      respond(
          DataResponses.withOffset(
              HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
              "the upload would pass the file's announced size",
              held),
          true);
      leaveFile();
      return;
    }
    upload = next;
    upload.begin(held);
    if (HttpUtil.is100ContinueExpected(request)) {
      ctx.writeAndFlush(
          new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
    }
    // The upload may answer while it takes these (an empty body), which clears the list.
    List<HttpContent> buffered = List.copyOf(early);
    early.clear();
    buffered.forEach(upload::content);
    upload.readOn();
  }

  private void startDownload(long size) {
    DownloadRange range = DownloadRange.of(request.headers().get(HttpHeaderNames.RANGE), size);
    if (range instanceof DownloadRange.Bytes bytes) {
      HttpResponse head = DataResponses.download(bytes, size);
      if (!keepAlive()) {
        head.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      }
      download = new Download(ctx, this, file, data.diskSpool().disk(), bytes.first(), bytes.end());
      download.start(head);
    } else {
      respond(DataResponses.rangeNotSatisfiable(size), false);
      leaveFile();
    }
  }

  void content(HttpContent content) {
    if (content.decoderResult().isFailure()) {
      // A body cut short (the connection closed midway) or malformed: what arrived before it
      // stays, and the connection ends; its close tells the upload to finish without an answer.
      content.release();
      ctx.close();
      return;
    }
    if (content instanceof LastHttpContent) {
      lastSeen = true;
    }
    if (upload != null) {
      upload.content(content);
    } else if (finished || file != null && !HttpMethod.PUT.equals(request.method())) {
      content.release();
    } else {
      early.add(content);
    }
  }

  /** Sends a complete answer; {@code close} when the connection cannot serve another request. */
  void respond(FullHttpResponse response, boolean close) {
    if (finished) {
      response.release();
      return;
    }
    finished = true;
    releaseEarly();
    boolean keepAlive = !close && bodyRead() && keepAlive();
    if (!keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    }
    ctx.writeAndFlush(response)
        .addListener(written -> ending.ended(ctx, this, keepAlive && written.isSuccess()));
  }

  /**
   * The download has handed the connection its last byte; once {@code lastWrite} is done the
   * connection may serve another request, or is closed. Not before: a close drops what still waits
   * in the connection, and a download's file regions do not count as waiting bytes, so a whole file
   * can wait there behind a slow reader.
   */
  void downloadWritten(ChannelFuture lastWrite) {
    finished = true;
    boolean keepAlive = keepAlive();
    lastWrite.addListener(written -> ending.ended(ctx, this, keepAlive && written.isSuccess()));
  }

  /** Whether part of the request's body has not arrived yet. */
  boolean bodyUnread() {
    return !bodyRead();
  }

  /** Whether nothing of the request's body is left to read: its end came, or it has none. */
  private boolean bodyRead() {
    return lastSeen
        || !HttpUtil.isTransferEncodingChunked(request)
            && HttpUtil.getContentLength(request, 0L) == 0;
  }

  private boolean keepAlive() {
    return !closeWhenDone && HttpUtil.isKeepAlive(request);
  }

  /** The file now holds {@code bytes} bytes; for every transfer whose token opens it. */
  void uploaded(long bytes) {
    transfers.uploaded(named.transferId(), named.index(), bytes);
  }

  /** The furthest download of the file for the transfer this request named has sent bytes. */
  void downloaded(long bytes) {
    transfers.downloaded(named.transferId(), named.index(), bytes);
  }

  /** The file the request named: its own transfer's, whatever spool holds its bytes. */
  FileKey named() {
    return named;
  }

  void closeWhenDone() {
    closeWhenDone = true;
  }

  void writabilityChanged() {
    if (download != null) {
      download.writabilityChanged();
    }
  }

  void connectionClosed() {
    finished = true;
    releaseEarly();
    if (upload != null) {
      upload.connectionClosed();
    } else if (download != null) {
      download.connectionClosed();
    } else {
      leaveFile();
    }
  }

  /** This request has no more disk work in flight on the file. */
  void leaveFile() {
    if (file != null) {
      file.leave(ctx.channel(), data.diskSpool().disk());
    }
  }

  private void releaseEarly() {
    early.forEach(HttpContent::release);
    early.clear();
  }
}
