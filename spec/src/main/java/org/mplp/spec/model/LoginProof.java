package org.mplp.spec.model;

/** The SCRAM client-final-message (spec: Login, S22). */
public record LoginProof(String id, String clientFinal) implements Frame {
  public static final String TYPE = "login-proof";

  @Override
  public String type() {
    return TYPE;
  }
}
