package org.mplp.spec.build;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;

/**
 * Walks a loaded spec document: every {@code .req} paragraph becomes a {@link Requirement}, and an
 * uppercase RFC 2119 keyword anywhere else is a fault (the spec's normative text lives only in
 * requirement paragraphs).
 */
final class RequirementExtractor {

  static final Pattern ID = Pattern.compile("REQ-[A-Z]+-[0-9]{3}");
  static final String ROLE = "req";

  /** What the walk found: requirements in document order, and every fault. */
  record Extraction(List<Requirement> requirements, List<BuildFault> faults) {}

  private final List<Requirement> requirements = new ArrayList<>();
  private final List<BuildFault> faults = new ArrayList<>();
  private final Map<String, String> firstPlaceOfId = new HashMap<>();

  private RequirementExtractor() {}

  static Extraction extract(Document document) {
    RequirementExtractor extractor = new RequirementExtractor();
    extractor.walk(document);
    return new Extraction(List.copyOf(extractor.requirements), List.copyOf(extractor.faults));
  }

  private void walk(StructuralNode node) {
    checkNotNormative(node, PlainText.of(PlainText.withoutCode(node.getTitle())), "title");
    if (node instanceof Table table) {
      walkTable(table);
    } else if (node instanceof DescriptionList list) {
      walkDescriptionList(list);
    } else if (node instanceof ListItem item) {
      checkNotNormative(item, item.getSource(), "list item");
    } else if (node.hasRole(ROLE)) {
      requirement(node);
    } else if (node instanceof Block block && isProse(block)) {
      checkNotNormative(block, block.getSource(), block.getContext());
    }
    for (StructuralNode child : node.getBlocks()) {
      walk(child);
    }
  }

  private static boolean isProse(Block block) {
    return "simple".equals(block.getContentModel()) || "verse".equals(block.getContext());
  }

  private void walkTable(Table table) {
    for (List<Row> rows : List.of(table.getHeader(), table.getBody(), table.getFooter())) {
      for (Row row : rows) {
        for (Cell cell : row.getCells()) {
          if ("asciidoc".equals(cell.getStyle())) {
            walk(cell.getInnerDocument());
          } else if (!"literal".equals(cell.getStyle())) {
            checkNotNormative(table, cell.getSource(), "table cell");
          }
        }
      }
    }
  }

  private void walkDescriptionList(DescriptionList list) {
    for (DescriptionListEntry entry : list.getItems()) {
      for (ListItem term : entry.getTerms()) {
        checkNotNormative(term, term.getSource(), "description list term");
      }
      if (entry.getDescription() != null) {
        walk(entry.getDescription());
      }
    }
  }

  private void checkNotNormative(ContentNode node, String source, String what) {
    List<String> keywords = Rfc2119Keywords.in(source);
    if (!keywords.isEmpty()) {
      faults.add(
          new BuildFault(
              SourcePlace.of(node),
              "uppercase "
                  + String.join(", ", keywords)
                  + " outside a requirement paragraph, in "
                  + what
                  + ": make it a [.req#REQ-...] paragraph, lowercase it, or quote it in backticks"));
    }
  }

  private void requirement(StructuralNode node) {
    String where = SourcePlace.of(node);
    if (!(node instanceof Block paragraph) || !"paragraph".equals(node.getContext())) {
      faults.add(
          new BuildFault(
              where, "role ." + ROLE + " belongs on a paragraph, not a " + node.getContext()));
      return;
    }
    String id = paragraph.getId();
    if (id == null) {
      faults.add(
          new BuildFault(
              where, "requirement paragraph without an id: write [.req#REQ-<AREA>-<NNN>]"));
      return;
    }
    boolean sound = ID.matcher(id).matches();
    if (!sound) {
      faults.add(
          new BuildFault(where, "requirement id " + id + " does not match REQ-[A-Z]+-[0-9]{3}"));
    }
    String firstPlace = firstPlaceOfId.putIfAbsent(id, where);
    if (firstPlace != null) {
      faults.add(
          new BuildFault(
              where, "duplicate requirement id " + id + " (first at " + firstPlace + ")"));
      sound = false;
    }
    String text = paragraph.getSource().strip().replaceAll("\\s+", " ");
    Set<Level> levels = levels(id, text, where);
    if (levels.size() != 1 || !sound) {
      return;
    }
    requirements.add(
        new Requirement(
            id, levels.iterator().next(), section(paragraph), text, embodiment(paragraph), where));
  }

  /** The levels the sentence names; a fault unless exactly one, with no SHALL and kin. */
  private Set<Level> levels(String id, String text, String where) {
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

  static String section(StructuralNode node) {
    Deque<String> titles = new ArrayDeque<>();
    for (ContentNode parent = node.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof Section section) {
        titles.addFirst(PlainText.of(section.getTitle()));
      }
    }
    return String.join(" > ", titles);
  }

  static List<String> embodiment(StructuralNode node) {
    Object value = node.getAttribute("embodiment");
    if (value == null || value.toString().isBlank()) {
      return List.of();
    }
    return Arrays.asList(value.toString().strip().split("[\\s,]+"));
  }
}
