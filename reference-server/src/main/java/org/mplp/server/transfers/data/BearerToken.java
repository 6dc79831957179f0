package org.mplp.server.transfers.data;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.Optional;

/** The token of an {@code Authorization: Bearer <token>} header (RFC 6750). */
final class BearerToken {

  private static final String SCHEME = "bearer ";

  private BearerToken() {}

  /** The token, or empty when the request carries no Bearer credentials (401). */
  static Optional<String> of(HttpHeaders headers) {
    String value = headers.get(HttpHeaderNames.AUTHORIZATION);
    if (value == null || value.length() <= SCHEME.length()) {
      return Optional.empty();
    }
    if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    String token = value.substring(SCHEME.length()).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }
}
