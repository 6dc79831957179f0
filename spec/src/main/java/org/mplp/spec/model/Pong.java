package org.mplp.spec.model;

/** The answer to ping (spec: Opening exchange). */
public record Pong(String replyTo) implements Frame {
  public static final String TYPE = "pong";

  @Override
  public String type() {
    return TYPE;
  }
}
