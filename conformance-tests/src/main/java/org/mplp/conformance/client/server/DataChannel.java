package org.mplp.conformance.client.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kit's data channel (spec: The data channel): {@code GET} of an offered file with its download
 * token, with {@code Range}, and a {@code PUT} that takes whatever the client uploads. It serves
 * wrong bytes, or cuts the first download short, when the scenario says so.
 */
final class DataChannel {
  private static final Pattern FILE = Pattern.compile("^/transfers/([A-Za-z0-9_-]+)/([0-9]+)$");
  private static final Pattern RANGE = Pattern.compile("^bytes=([0-9]+)-([0-9]*)$");

  private final Script script;
  private final Recording recording;
  private final java.util.Set<String> cut = ConcurrentHashMap.newKeySet();

  DataChannel(Script script, Recording recording) {
    this.script = script;
    this.recording = recording;
  }

  static boolean handles(String path) {
    return FILE.matcher(path).matches();
  }

  void handle(ChannelHandlerContext ctx, FullHttpRequest request, String path) {
    Matcher m = FILE.matcher(path);
    m.matches();
    String range = request.headers().get(HttpHeaderNames.RANGE);
    String method = request.method().name();
    KitFile file = file(m.group(1), Integer.parseInt(m.group(2)));
    String auth = request.headers().get(HttpHeaderNames.AUTHORIZATION);
    int status;
    if (file == null) {
      status = 404;
    } else if (auth == null || !auth.equals("Bearer " + file.token)) {
      status = auth == null ? 401 : 403;
    } else if (request.method().equals(HttpMethod.GET)) {
      recording.request(new HttpLog(Instant.now(), method, path, range, serve(ctx, file, range)));
      return;
    } else {
      status = 204; // a PUT or HEAD of the client's own upload: taken, never looked at
    }
    recording.request(new HttpLog(Instant.now(), method, path, range, status));
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status));
    response.headers().set("Upload-Offset", file == null ? 0 : request.content().readableBytes());
    HttpUtil.setContentLength(response, 0);
    ctx.writeAndFlush(response);
  }

  private int serve(ChannelHandlerContext ctx, KitFile file, String range) {
    byte[] bytes = file.bytes;
    if (script.wrongBytes) {
      bytes = bytes.clone();
      for (int i = 0; i < bytes.length; i += 97) {
        bytes[i] ^= 0x5a;
      }
    }
    int first = 0;
    if (range != null) {
      Matcher r = RANGE.matcher(range.strip());
      if (!r.matches() || Long.parseLong(r.group(1)) >= bytes.length) {
        FullHttpResponse refused =
            new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.REQUESTED_RANGE_NOT_SATISFIABLE);
        HttpUtil.setContentLength(refused, 0);
        ctx.writeAndFlush(refused);
        return 416;
      }
      first = Integer.parseInt(r.group(1));
    }
    HttpResponseStatus status =
        first == 0 ? HttpResponseStatus.OK : HttpResponseStatus.PARTIAL_CONTENT;
    HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, status);
    HttpUtil.setContentLength(head, bytes.length - first);
    if (first > 0) {
      head.headers()
          .set(
              HttpHeaderNames.CONTENT_RANGE,
              "bytes " + first + "-" + (bytes.length - 1) + "/" + bytes.length);
    }
    ctx.write(head);
    long cutAt = script.cutAfter;
    String key = file.token;
    if (cutAt > 0 && cutAt < bytes.length - first && cut.add(key)) {
      byte[] part = Arrays.copyOfRange(bytes, first, first + (int) cutAt);
      ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(part)))
          .addListener(ChannelFutureListener.CLOSE);
      return status.code();
    }
    byte[] rest = Arrays.copyOfRange(bytes, first, bytes.length);
    ctx.write(new DefaultHttpContent(Unpooled.wrappedBuffer(rest)));
    ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
    return status.code();
  }

  private KitFile file(String transferId, int index) {
    for (KitTransfer t : script.transfers) {
      if (t.id.equals(transferId) && index < t.files.size()) {
        return t.files.get(index);
      }
    }
    return null;
  }
}
