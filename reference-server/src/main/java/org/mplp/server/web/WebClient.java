package org.mplp.server.web;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The browser client, a device of terminal type WEB (protocol.md, decision 15): its static files at
 * {@code /} on the server's port, answered from memory to GET and HEAD only, with a strict
 * Content-Security-Policy and revalidated on every use (no-cache with an entity tag).
 */
public final class WebClient {

  /** The page at the root path. */
  static final String INDEX = "/index.html";

  private final Map<String, WebFile> files;

  WebClient(Map<String, WebFile> files) {
    this.files = files;
  }

  /** The files inside the server's jar, read now: call this before the event loops start. */
  public static WebClient bundled() {
    return new WebClient(BundledFiles.read());
  }

  /** True for the paths of the web client's files, and {@code /}. */
  public boolean serves(String path) {
    return path.equals("/") || files.containsKey(path);
  }

  /**
   * The answer to a request for one of {@link #serves served} paths.
   *
   * @param tls whether the connection is TLS, for the WebSocket origin the policy allows
   */
  public FullHttpResponse answer(HttpRequest request, String path, boolean tls) {
    if (!HttpMethod.GET.equals(request.method()) && !HttpMethod.HEAD.equals(request.method())) {
      FullHttpResponse refused =
          text(HttpResponseStatus.METHOD_NOT_ALLOWED, "method not allowed; GET or HEAD");
      refused.headers().set(HttpHeaderNames.ALLOW, "GET, HEAD");
      return refused;
    }
    WebFile file = files.get(path.equals("/") ? INDEX : path);
    String etag = file.etag();
    boolean unchanged = request.headers().containsValue(HttpHeaderNames.IF_NONE_MATCH, etag, false);
    FullHttpResponse response =
        unchanged
            ? new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_MODIFIED)
            : new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(file.body()));
    HttpHeaders headers = response.headers();
    if (!unchanged) {
      headers.set(HttpHeaderNames.CONTENT_TYPE, file.contentType());
      headers.setInt(HttpHeaderNames.CONTENT_LENGTH, file.body().length);
    }
    headers.set(HttpHeaderNames.ETAG, etag);
    // A new server version takes effect at the next load: the browser asks every time.
    headers.set(HttpHeaderNames.CACHE_CONTROL, "no-cache");
    secure(headers, request.headers().get(HttpHeaderNames.HOST), tls);
    return response;
  }

  private static void secure(HttpHeaders headers, String host, boolean tls) {
    headers.set(HttpHeaderNames.CONTENT_SECURITY_POLICY, ContentSecurityPolicy.forHost(host, tls));
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set(HttpHeaderNames.X_FRAME_OPTIONS, "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    headers.set("Cross-Origin-Resource-Policy", "same-origin");
  }

  private static FullHttpResponse text(HttpResponseStatus status, String body) {
    byte[] bytes = (body + "\n").getBytes(StandardCharsets.UTF_8);
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
    response.headers().set("X-Content-Type-Options", "nosniff");
    return response;
  }
}
