package org.mplp.spec.model;

import java.util.List;

/** The server's answer to hello: chosen version, profiles and limits (spec: Opening exchange). */
public record Welcome(
    String replyTo, String version, ServerInfo server, List<String> profiles, Limits limits)
    implements Reply {
  public static final String TYPE = "welcome";

  public Welcome {
    profiles = List.copyOf(profiles);
  }

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitWelcome(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
