package org.mplp.spec.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;

/**
 * Walks a loaded spec document: every {@code .req} paragraph becomes a {@link Requirement}, and an
 * uppercase RFC 2119 keyword anywhere else is a fault (the spec's normative text lives only in
 * requirement paragraphs).
 */
final class RequirementExtractor {

  static final String ROLE = "req";

  /** What the walk found: requirements and choices in document order, and every fault. */
  record Extraction(
      List<Requirement> requirements, List<Choice> choices, List<BuildFault> faults) {}

  private final List<Requirement> requirements = new ArrayList<>();
  private final List<Choice> choices = new ArrayList<>();
  private final List<BuildFault> faults = new ArrayList<>();
  private final Map<String, String> firstPlaceOfId = new HashMap<>();

  private RequirementExtractor() {}

  static Extraction extract(Document document) {
    RequirementExtractor extractor = new RequirementExtractor();
    extractor.walk(document);
    return new Extraction(
        List.copyOf(extractor.requirements),
        List.copyOf(extractor.choices),
        List.copyOf(extractor.faults));
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
    } else if (node.hasRole(ChoiceNote.ROLE)) {
      checkNotNormative(node, ((Block) node).getSource(), "choice note");
      ChoiceNote.read(node, faults).ifPresent(choices::add);
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
    Optional<Requirement> requirement = RequirementParagraph.read(paragraph, where, faults);
    String id = paragraph.getId();
    String firstPlace = id == null ? null : firstPlaceOfId.putIfAbsent(id, where);
    if (firstPlace != null) {
      faults.add(
          new BuildFault(
              where, "duplicate requirement id " + id + " (first at " + firstPlace + ")"));
      return;
    }
    requirement.ifPresent(requirements::add);
  }
}
