package org.mplp.conformance.steps;

/**
 * A part of a file a scenario names in words ("a third", "half"), so that the file's size can come
 * from the target's limits while the scenario still reads as one story.
 */
record Portion(String words, int numerator, int denominator) {
  static final String PHRASE = "a third|third|half|two thirds";

  static Portion of(String words) {
    return switch (words) {
      case "a third", "third" -> new Portion(words, 1, 3);
      case "half" -> new Portion(words, 1, 2);
      case "two thirds" -> new Portion(words, 2, 3);
      default -> throw new IllegalArgumentException("no portion called " + words);
    };
  }

  /** The bytes of a file of {@code size} up to the end of this portion. */
  int of(int size) {
    return (int) ((long) size * numerator / denominator);
  }
}
