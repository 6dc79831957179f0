package org.mplp.spec.model;

/**
 * A device's role, label, own setting and policy; {@code replyTo} null when sent unasked (spec:
 * Receive permissions, The primary device).
 */
public record Settings(
    String replyTo, String address, String label, Role role, Permission receive, Policy policy)
    implements Frame {
  public static final String TYPE = "settings";

  @Override
  public String type() {
    return TYPE;
  }
}
