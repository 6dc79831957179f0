package org.mplp.spec.model;

/** The SCRAM server-first-message (spec: Login, S22). */
public record LoginChallenge(String replyTo, String serverFirst) implements Reply {
  public static final String TYPE = "login-challenge";

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitLoginChallenge(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
