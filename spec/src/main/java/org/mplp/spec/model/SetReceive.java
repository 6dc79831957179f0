package org.mplp.spec.model;

/**
 * The device's own limit on the receive permissions that apply to it (spec: Receive permissions).
 */
public record SetReceive(String id, Permission receive) implements Frame {
  public static final String TYPE = "set-receive";

  @Override
  public String type() {
    return TYPE;
  }
}
