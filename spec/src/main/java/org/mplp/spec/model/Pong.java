package org.mplp.spec.model;

/** The answer to ping (spec: Opening exchange). */
public record Pong(String replyTo) implements Reply {
  public static final String TYPE = "pong";

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitPong(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
