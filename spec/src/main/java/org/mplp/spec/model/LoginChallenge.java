package org.mplp.spec.model;

/** The SCRAM server-first-message (spec: Login, S22). */
public record LoginChallenge(String replyTo, String serverFirst) implements Frame {
  public static final String TYPE = "login-challenge";

  @Override
  public String type() {
    return TYPE;
  }
}
