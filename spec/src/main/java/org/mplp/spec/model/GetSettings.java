package org.mplp.spec.model;

/** Asks for the device's own settings (spec: Receive permissions). */
public record GetSettings(String id) implements ClientFrame {
  public static final String TYPE = "get-settings";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitGetSettings(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
