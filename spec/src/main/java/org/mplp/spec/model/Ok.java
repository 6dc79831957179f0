package org.mplp.spec.model;

/** The frame named by replyTo was carried out (spec: Errors). */
public record Ok(String replyTo) implements Frame {
  public static final String TYPE = "ok";

  @Override
  public String type() {
    return TYPE;
  }
}
