package org.mplp.spec.model;

/**
 * The device's own limit on the receive permissions that apply to it (spec: Receive permissions).
 */
public record SetReceive(String id, Permission receive) implements ClientFrame {
  public static final String TYPE = "set-receive";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitSetReceive(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
