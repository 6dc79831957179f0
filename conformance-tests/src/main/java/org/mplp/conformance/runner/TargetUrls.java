package org.mplp.conformance.runner;

import java.net.URI;
import java.util.Locale;

/** Checks the URLs given on the command line and derives the ones left out. */
final class TargetUrls {
  private TargetUrls() {}

  /** A ws:// or wss:// URL with a host, or an exception whose message says what is wrong. */
  static URI checkTarget(URI target) {
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("ws") && !scheme.equals("wss") || target.getHost() == null) {
      throw new IllegalArgumentException(
          "--target must be a WebSocket URL like ws://HOST:PORT/PATH or wss://HOST:PORT/PATH, not "
              + target);
    }
    return target;
  }

  static URI checkHttpBase(URI base) {
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null) {
      throw new IllegalArgumentException(
          "--http-base must be an HTTP URL like http://HOST:PORT or https://HOST:PORT, not "
              + base);
    }
    return base;
  }

  /** http(s)://HOST:PORT of a ws(s) target: where the discovery document is by default. */
  static URI httpBaseOf(URI target) {
    String scheme = target.getScheme().equalsIgnoreCase("wss") ? "https" : "http";
    return URI.create(scheme + "://" + target.getRawAuthority());
  }

  /** The target itself when it names a path, else the endpoint of the discovery document. */
  static URI withEndpoint(URI target, String endpoint) {
    String path = target.getRawPath();
    if (path != null && !path.isEmpty() && !path.equals("/")) {
      return target;
    }
    return URI.create(target.getScheme() + "://" + target.getRawAuthority() + endpoint);
  }
}
