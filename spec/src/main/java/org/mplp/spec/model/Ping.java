package org.mplp.spec.model;

/** A liveness check the server answers with pong (spec: Opening exchange). */
public record Ping(String id) implements ClientFrame {
  public static final String TYPE = "ping";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitPing(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
