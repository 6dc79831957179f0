package org.mplp.conformance.report;

import java.util.List;

/** One entry of the spec's requirement registry ({@code org/mplp/spec/requirements.json}). */
public record Requirement(
    String id, String level, String section, String text, List<String> embodiment) {

  public Requirement {
    embodiment = embodiment == null ? List.of() : List.copyOf(embodiment);
  }

  /** MUST and MUST NOT: a scenario is mandatory and a failure is non-conformance. */
  public boolean mandatory() {
    return level.startsWith("MUST");
  }
}
