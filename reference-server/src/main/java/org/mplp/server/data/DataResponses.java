package org.mplp.server.data;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/** The complete answers of the data channel: refusals with a line of text, and 204s. */
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
}
