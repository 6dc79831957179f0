package org.mplp.spec.model;

/** The frame named by replyTo was carried out (spec: Errors). */
public record Ok(String replyTo) implements Reply {
  public static final String TYPE = "ok";

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitOk(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
