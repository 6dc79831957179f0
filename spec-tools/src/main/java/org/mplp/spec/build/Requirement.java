package org.mplp.spec.build;

import java.util.List;

/**
 * One normative sentence of the spec, as extracted from a {@code .req} paragraph.
 *
 * @param section the titles of the enclosing sections, joined by " > "
 * @param where "file:line" of the paragraph, for messages
 */
record Requirement(
    String id, Level level, String section, String text, List<String> embodiment, String where) {

  Requirement {
    embodiment = List.copyOf(embodiment);
  }
}
