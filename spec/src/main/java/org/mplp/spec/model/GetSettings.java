package org.mplp.spec.model;

/** Asks for the device's own settings (spec: Receive permissions). */
public record GetSettings(String id) implements Frame {
  public static final String TYPE = "get-settings";

  @Override
  public String type() {
    return TYPE;
  }
}
