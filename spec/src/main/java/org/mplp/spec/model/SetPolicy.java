package org.mplp.spec.model;

/**
 * The primary device sets the policy of a device of the account (spec: The primary device, claim
 * 5).
 */
public record SetPolicy(String id, String device, Policy policy) implements ClientFrame {
  public static final String TYPE = "set-policy";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitSetPolicy(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
