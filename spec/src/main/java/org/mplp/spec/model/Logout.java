package org.mplp.spec.model;

/** Ends the session, and with removeDevice the device too (spec: Login). */
public record Logout(String id, boolean removeDevice) implements Frame {
  public static final String TYPE = "logout";

  @Override
  public String type() {
    return TYPE;
  }
}
