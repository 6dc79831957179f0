package org.mplp.server.web;

import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of the web client's pages: scripts, styles and everything else from
 * the server's own origin only, no inline script or style, no eval, and connections to the same
 * origin and its WebSocket.
 */
final class ContentSecurityPolicy {

  /** A host name or IPv4 address, or a bracketed IPv6 address, with an optional port. */
  private static final Pattern HOST =
      Pattern.compile("([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(:[0-9]{1,5})?");

  private static final String FIXED =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private ContentSecurityPolicy() {}

  /**
   * The policy for a page requested with this Host header. 'self' covers the same host's WebSocket
   * in current browsers; older ones need the ws: or wss: origin spelled out, which is added only
   * for a Host header that is a plain host and port.
   */
  static String forHost(String hostHeader, boolean tls) {
    String connect = "connect-src 'self'";
    if (hostHeader != null && HOST.matcher(hostHeader).matches()) {
      connect += (tls ? " wss://" : " ws://") + hostHeader;
    }
    return FIXED + "; " + connect;
  }
}
