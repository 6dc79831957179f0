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
    implements Frame {
  public static final String TYPE = "login-ok";

  public LoginOk {
    devices = List.copyOf(devices);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
