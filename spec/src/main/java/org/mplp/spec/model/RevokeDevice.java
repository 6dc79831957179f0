package org.mplp.spec.model;

/**
 * The primary device removes another device and kills its credential (spec: The primary device,
 * claim 5).
 */
public record RevokeDevice(String id, String device) implements ClientFrame {
  public static final String TYPE = "revoke-device";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitRevokeDevice(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
