package org.mplp.server.transfers.data;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a PUT's bytes go: from {@code first} (0 without {@code Content-Range}) to {@code end}
 * (exclusive; -1 when the body's length is not known in advance, as with chunked encoding and no
 * {@code Content-Range}).
 *
 * @param declared whether a {@code Content-Range} said where the bytes end: a body that runs past
 *     it is refused (REQ-DATA-018)
 */
record UploadRange(long first, long end, boolean declared) {

  private static final Pattern CONTENT_RANGE =
      Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18}|\\*)");

  /** The range of a PUT, or empty when its Content-Range or Content-Length make no sense (400). */
  static Optional<UploadRange> of(HttpRequest request) {
    long length = HttpUtil.getContentLength(request, -1L);
    String header = request.headers().get(HttpHeaderNames.CONTENT_RANGE);
    if (header == null) {
      return Optional.of(new UploadRange(0, length, false));
    }
    Matcher matcher = CONTENT_RANGE.matcher(header.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    long first = Long.parseLong(matcher.group(1));
    long last = Long.parseLong(matcher.group(2));
    if (last < first || (length >= 0 && length != last - first + 1)) {
      return Optional.empty();
    }
    return Optional.of(new UploadRange(first, last + 1, true));
  }

  boolean lengthKnown() {
    return end >= 0;
  }
}
