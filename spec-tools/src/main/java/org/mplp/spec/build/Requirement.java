package org.mplp.spec.build;

import java.util.List;

/**
 * One normative sentence of the spec, as extracted from a {@code .req} paragraph.
 *
 * @param section the titles of the enclosing sections, joined by " > "
 * @param where "file:line" of the paragraph, for messages
 * @param party whose duty it is: a server's or a client's
 */
record Requirement(
    String id,
    Level level,
    String section,
    String text,
    List<String> embodiment,
    String where,
    Party party) {

  Requirement {
    embodiment = List.copyOf(embodiment);
  }

  /** A requirement whose party its sentence names (see {@link Party#ofSentence}). */
  Requirement(
      String id, Level level, String section, String text, List<String> embodiment, String where) {
    this(id, level, section, text, embodiment, where, Party.ofSentence(text));
  }
}
