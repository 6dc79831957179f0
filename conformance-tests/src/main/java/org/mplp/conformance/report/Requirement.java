package org.mplp.conformance.report;

import java.util.List;

/**
 * One entry of the spec's requirement registry ({@code org/mplp/spec/requirements.json}).
 *
 * @param party whose duty it is, {@code server} or {@code client} (spec: Conventions)
 */
public record Requirement(
    String id, String level, String section, String text, List<String> embodiment, String party) {

  public static final String CLIENT = "client";
  public static final String SERVER = "server";

  public Requirement {
    embodiment = embodiment == null ? List.of() : List.copyOf(embodiment);
    party = CLIENT.equals(party) ? CLIENT : SERVER;
  }

  /** A server's duty: a registry entry without a party is one. */
  public Requirement(
      String id, String level, String section, String text, List<String> embodiment) {
    this(id, level, section, text, embodiment, SERVER);
  }

  /** MUST and MUST NOT: a scenario is mandatory and a failure is non-conformance. */
  public boolean mandatory() {
    return level.startsWith("MUST");
  }

  /** A client's duty, checked in the kit's client mode. */
  public boolean client() {
    return party.equals(CLIENT);
  }
}
