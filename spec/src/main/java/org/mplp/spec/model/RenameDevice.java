package org.mplp.spec.model;

/** Gives a device of the account a new label (spec: Devices). */
public record RenameDevice(String id, String address, String label) implements ClientFrame {
  public static final String TYPE = "rename-device";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitRenameDevice(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
