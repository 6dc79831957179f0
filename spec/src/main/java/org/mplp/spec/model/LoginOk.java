package org.mplp.spec.model;

import java.util.List;

/**
 * A successful login: this device, its new credential if any, and the others (spec: Login,
 * S23-S25).
 */
public record LoginOk(
    String replyTo,
    String serverFinal,
    Device self,
    String credential,
    boolean multiPoint,
    List<Device> devices)
    implements Reply {
  public static final String TYPE = "login-ok";

  public LoginOk {
    devices = List.copyOf(devices);
  }

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitLoginOk(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
