package org.mplp.spec.model;

/**
 * A device's role, label, own setting and policy; {@code replyTo} null when sent unasked (spec:
 * Receive permissions, The primary device).
 */
public record Settings(
    String replyTo, String address, String label, Role role, Permission receive, Policy policy)
    implements Reply {
  public static final String TYPE = "settings";

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitSettings(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
