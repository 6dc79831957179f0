package org.mplp.spec.model;

/**
 * The primary device removes another device and kills its credential (spec: The primary device,
 * claim 5).
 */
public record RevokeDevice(String id, String device) implements Frame {
  public static final String TYPE = "revoke-device";

  @Override
  public String type() {
    return TYPE;
  }
}
