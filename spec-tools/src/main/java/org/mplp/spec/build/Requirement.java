package org.mplp.spec.build;

import java.util.List;

/**
 * One normative sentence of the spec, as extracted from a {@code .req} paragraph.
 *
 * @param section the titles of the enclosing sections, joined by " > "
 * @param where "file:line" of the paragraph, for messages
 * @param choices the ids of the choices the sentence leaves to implementers, empty for none; null
 *     when the paragraph does not say ({@link ChoiceCheck} fails the build then)
 */
record Requirement(
    String id,
    Level level,
    String section,
    String text,
    List<String> embodiment,
    String where,
    List<String> choices) {

  Requirement {
    embodiment = List.copyOf(embodiment);
    choices = choices == null ? null : List.copyOf(choices);
  }

  /** A requirement whose paragraph says nothing of its choices. */
  Requirement(
      String id, Level level, String section, String text, List<String> embodiment, String where) {
    this(id, level, section, text, embodiment, where, null);
  }
}
