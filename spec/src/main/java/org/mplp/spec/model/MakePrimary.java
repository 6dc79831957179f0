package org.mplp.spec.model;

/** The primary device hands its role to another device (spec: The primary device, claim 5). */
public record MakePrimary(String id, String device) implements ClientFrame {
  public static final String TYPE = "make-primary";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitMakePrimary(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
