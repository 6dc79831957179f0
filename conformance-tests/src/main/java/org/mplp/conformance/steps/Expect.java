package org.mplp.conformance.steps;

import java.util.List;

/**
 * Assertions as sentences: what was expected, what arrived, which requirement it breaks. An
 * AssertionError means the target broke the spec; anything else means the environment failed.
 */
final class Expect {
  private Expect() {}

  static void that(boolean holds, World world, String expected, String actual) {
    if (!holds) {
      throw failure(world.requirements(), expected, actual);
    }
  }

  static void that(boolean holds, String requirement, String expected, String actual) {
    if (!holds) {
      throw failure(List.of(requirement), expected, actual);
    }
  }

  static AssertionError failure(World world, String expected, String actual) {
    return failure(world.requirements(), expected, actual);
  }

  static AssertionError failure(List<String> requirements, String expected, String actual) {
    String breaks =
        requirements.isEmpty() ? "" : " This breaks " + String.join(", ", requirements) + ".";
    return new AssertionError("Expected " + expected + ", but " + actual + "." + breaks);
  }
}
