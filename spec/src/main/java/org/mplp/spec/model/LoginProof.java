package org.mplp.spec.model;

/** The SCRAM client-final-message (spec: Login, S22). */
public record LoginProof(String id, String clientFinal) implements ClientFrame {
  public static final String TYPE = "login-proof";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitLoginProof(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
