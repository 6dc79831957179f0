package org.mplp.spec.model;

/** Asks for the account's other devices (spec: Devices, S12). */
public record ListDevices(String id) implements ClientFrame {
  public static final String TYPE = "list-devices";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitListDevices(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
