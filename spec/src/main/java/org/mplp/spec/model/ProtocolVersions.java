package org.mplp.spec.model;

import java.util.List;
import java.util.Optional;

/** The protocol versions this library speaks (spec: Opening exchange). */
public final class ProtocolVersions {
  public static final String CURRENT = "1.0";

  /** Every version spoken, most preferred first. */
  public static final List<String> SPOKEN = List.of(CURRENT);

  private ProtocolVersions() {}

  /** The first version of the client's list that is spoken here, per the opening exchange. */
  public static Optional<String> choose(List<String> offered) {
    return offered.stream().filter(SPOKEN::contains).findFirst();
  }
}
