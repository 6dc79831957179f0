package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.opentest4j.AssertionFailedError;

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

  /**
   * Fails unless {@code holds}, carrying the frame the step expected (the members it checks) and
   * the frame that arrived, so that a report can show only the members that differ.
   */
  static void frame(
      boolean holds,
      World world,
      String expected,
      JsonNode expectedFrame,
      String actual,
      JsonNode actualFrame) {
    if (!holds) {
      AssertionError sentence = failure(world.requirements(), expected, actual);
      throw new AssertionFailedError(sentence.getMessage(), expectedFrame, actualFrame);
    }
  }
}
