package org.mplp.spec.build;

import java.util.Optional;

/** The RFC 2119 level of a requirement, named by the keyword its sentence uses. */
enum Level {
  MUST("MUST"),
  MUST_NOT("MUST NOT"),
  SHOULD("SHOULD"),
  SHOULD_NOT("SHOULD NOT"),
  MAY("MAY");

  private final String keyword;

  Level(String keyword) {
    this.keyword = keyword;
  }

  /** The keyword as written in the prose and in the registry, e.g. "MUST NOT". */
  String keyword() {
    return keyword;
  }

  /**
   * MUST and MUST NOT requirements need a scenario; the others are only listed if they lack one.
   */
  boolean needsScenario() {
    return this == MUST || this == MUST_NOT;
  }

  /** The level a keyword found by {@link Rfc2119Keywords} stands for; empty for SHALL and kin. */
  static Optional<Level> ofKeyword(String keyword) {
    for (Level level : values()) {
      if (level.keyword.equals(keyword)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
