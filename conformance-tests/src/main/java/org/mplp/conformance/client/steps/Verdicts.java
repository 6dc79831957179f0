package org.mplp.conformance.client.steps;

import java.util.List;

/** Assertions as sentences: what was expected of the client, what it did, which requirement. */
final class Verdicts {
  private Verdicts() {}

  static void check(boolean holds, ClientWorld world, String expected, String actual) {
    if (!holds) {
      throw new AssertionError(sentence(world.requirements(), expected, actual));
    }
  }

  static String sentence(List<String> requirements, String expected, String actual) {
    return "Expected "
        + expected
        + ", but "
        + actual
        + "."
        + (requirements.isEmpty() ? "" : " This breaks " + String.join(", ", requirements) + ".");
  }
}
