package org.mplp.spec.model;

/** Ends the session, and with removeDevice the device too (spec: Login). */
public record Logout(String id, boolean removeDevice) implements ClientFrame {
  public static final String TYPE = "logout";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitLogout(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
