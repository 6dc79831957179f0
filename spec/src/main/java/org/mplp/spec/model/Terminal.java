package org.mplp.spec.model;

/**
 * What a device says about itself at login (spec: Login, S21). {@code ip} and {@code loginTime} are
 * the client's claims, kept only so that S21 clients are not refused; servers ignore them.
 */
public record Terminal(
    String type,
    String clientName,
    String clientVersion,
    String label,
    String ip,
    String loginTime) {

  public Terminal(String type, String clientName, String clientVersion, String label) {
    this(type, clientName, clientVersion, label, null, null);
  }
}
