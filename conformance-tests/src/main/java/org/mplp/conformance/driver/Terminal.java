package org.mplp.conformance.driver;

/**
 * What a device tells about itself at login (spec: Login, S21). {@code claimedIp} and {@code
 * claimedLoginTime} are sent only when not null: a server must never trust them (REQ-LOGIN-012).
 */
public record Terminal(
    String type,
    String clientName,
    String clientVersion,
    String label,
    String claimedIp,
    String claimedLoginTime) {
  public static final String CLIENT_NAME = "mplp-conformance";
  public static final String CLIENT_VERSION = "1.0";

  /** A terminal of the kit with no claims. */
  public static Terminal of(String type, String label) {
    return new Terminal(type, CLIENT_NAME, CLIENT_VERSION, label, null, null);
  }

  public Terminal claiming(String ip, String loginTime) {
    return new Terminal(type, clientName, clientVersion, label, ip, loginTime);
  }
}
