package org.mplp.spec.build;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;

/** Reads one {@code [.req#REQ-...]} paragraph: its id, level, section, text and embodiment. */
final class RequirementParagraph {

  static final Pattern ID = Pattern.compile("REQ-[A-Z]+-[0-9]{3}");

  private RequirementParagraph() {}

  /** The requirement, or empty after adding to {@code faults} why the paragraph is not one. */
  static Optional<Requirement> read(Block paragraph, String where, List<BuildFault> faults) {
    String id = paragraph.getId();
    if (id == null) {
      faults.add(
          new BuildFault(
              where, "requirement paragraph without an id: write [.req#REQ-<AREA>-<NNN>]"));
      return Optional.empty();
    }
    boolean sound = ID.matcher(id).matches();
    if (!sound) {
      faults.add(
          new BuildFault(where, "requirement id " + id + " does not match REQ-[A-Z]+-[0-9]{3}"));
    }
    String text = paragraph.getSource().strip().replaceAll("\\s+", " ");
    Set<Level> levels = levels(id, text, where, faults);
    if (levels.size() != 1 || !sound) {
      return Optional.empty();
    }
    return Optional.of(
        new Requirement(
            id,
            levels.iterator().next(),
            section(paragraph),
            text,
            embodiment(paragraph),
            where,
            choices(paragraph)));
  }

  /** The levels the sentence names; a fault unless exactly one, and no SHALL or kin. */
  private static Set<Level> levels(String id, String text, String where, List<BuildFault> faults) {
    Set<Level> levels = EnumSet.noneOf(Level.class);
    List<String> foreign = new ArrayList<>();
    for (String keyword : Rfc2119Keywords.in(text)) {
      Level.ofKeyword(keyword).ifPresentOrElse(levels::add, () -> foreign.add(keyword));
    }
    if (!foreign.isEmpty()) {
      faults.add(
          new BuildFault(
              where,
              id
                  + " uses "
                  + String.join(", ", foreign)
                  + ": requirements say MUST, MUST NOT, SHOULD, SHOULD NOT or MAY"));
      levels.clear();
    } else if (levels.isEmpty()) {
      faults.add(
          new BuildFault(
              where, id + " has no RFC 2119 keyword (MUST, MUST NOT, SHOULD, SHOULD NOT, MAY)"));
    } else if (levels.size() > 1) {
      faults.add(
          new BuildFault(
              where,
              id
                  + " mixes levels "
                  + levels.stream().map(Level::keyword).collect(Collectors.joining(" and "))
                  + ": write one requirement per paragraph"));
    }
    return levels;
  }

  /** The titles of the enclosing sections, outermost first, joined by " > ". */
  static String section(StructuralNode node) {
    Deque<String> titles = new ArrayDeque<>();
    for (ContentNode parent = node.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof Section section) {
        titles.addFirst(PlainText.of(section.getTitle()));
      }
    }
    return String.join(" > ", titles);
  }

  /**
   * The {@code choices} attribute: the ids of the choices the sentence leaves, none for {@code
   * none}; null when the paragraph has no such attribute.
   */
  static List<String> choices(StructuralNode node) {
    Object value = node.getAttribute("choices");
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.equals("none") ? List.of() : Arrays.asList(text.split("[\\s,]+"));
  }

  /** The {@code embodiment} attribute split on spaces: patent labels such as S21 or claim5. */
  static List<String> embodiment(StructuralNode node) {
    Object value = node.getAttribute("embodiment");
    if (value == null || value.toString().isBlank()) {
      return List.of();
    }
    return Arrays.asList(value.toString().strip().split("[\\s,]+"));
  }
}
