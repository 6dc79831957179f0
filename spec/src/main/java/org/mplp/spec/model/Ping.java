package org.mplp.spec.model;

/** A liveness check the server answers with pong (spec: Opening exchange). */
public record Ping(String id) implements Frame {
  public static final String TYPE = "ping";

  @Override
  public String type() {
    return TYPE;
  }
}
