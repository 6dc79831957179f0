package org.mplp.server.transfers.data;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/** The answers of the data channel: refusals with a line of text, 204s, and download heads. */
final class DataResponses {

  /** The number of bytes of a file the server holds (spec: Uploading). */
  static final String UPLOAD_OFFSET = "Upload-Offset";

  private DataResponses() {}

  static FullHttpResponse text(HttpResponseStatus status, String message) {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    return response;
  }

  /** A refusal that tells the uploader where the file stands (409, 413). */
  static FullHttpResponse withOffset(HttpResponseStatus status, String message, long held) {
    FullHttpResponse response = text(status, message);
    response.headers().set(UPLOAD_OFFSET, held);
    return response;
  }

  /** 204 with the number of bytes held (REQ-DATA-005, 006). */
  static FullHttpResponse offset(long held) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NO_CONTENT);
    response.headers().set(UPLOAD_OFFSET, held);
    return response;
  }

  /**
   * The status line and headers of a download (REQ-DATA-009, 011): 200 with the file's size, or 206
   * with the range; the body follows as the spool file yields it.
   */
  static HttpResponse download(DownloadRange.Bytes bytes, long size) {
    HttpResponse head =
        new DefaultHttpResponse(
            HttpVersion.HTTP_1_1,
            bytes.partial() ? HttpResponseStatus.PARTIAL_CONTENT : HttpResponseStatus.OK);
    head.headers()
        .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_OCTET_STREAM)
        .set(HttpHeaderNames.ACCEPT_RANGES, HttpHeaderValues.BYTES)
        .set(HttpHeaderNames.CONTENT_LENGTH, bytes.end() - bytes.first());
    if (bytes.partial()) {
      head.headers()
          .set(
              HttpHeaderNames.CONTENT_RANGE,
              "bytes " + bytes.first() + "-" + (bytes.end() - 1) + "/" + size);
    }
    return head;
  }

  /** 416 for a range that starts at or past the end (REQ-DATA-012). */
  static FullHttpResponse rangeNotSatisfiable(long size) {
    FullHttpResponse refusal =
        text(HttpResponseStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "the range starts past the end");
    refusal.headers().set(HttpHeaderNames.CONTENT_RANGE, "bytes */" + size);
    return refusal;
  }
}
