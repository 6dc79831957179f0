package org.mplp.spec.build;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Gives each requirement paragraph a visible title such as "REQ-OPEN-002 · MUST · S21" (and the
 * choices it leaves), and each choice note its id and status, so the rendered spec shows ids that
 * the prose itself never repeats. Acts only when the document attribute {@value #ENABLE} is set, so
 * that the extraction pass sees the paragraphs untouched.
 */
final class RequirementLabeler extends Treeprocessor {

  static final String ENABLE = "mplp-requirement-labels";

  @Override
  public Document process(Document document) {
    if (!document.hasAttribute(ENABLE)) {
      return document;
    }
    List<StructuralNode> paragraphs =
        document.findBy(
            Map.of(
                "context",
                ":paragraph",
                "role",
                RequirementExtractor.ROLE,
                "traverse_documents",
                true));
    for (StructuralNode node : paragraphs) {
      if (node instanceof Block paragraph && paragraph.getId() != null) {
        paragraph.setTitle(label(paragraph));
        // A cross reference to the requirement should read as its id, not as the whole label.
        if (!paragraph.hasAttribute("reftext")) {
          paragraph.setAttribute("reftext", paragraph.getId(), true);
        }
      }
    }
    List<StructuralNode> notes =
        document.findBy(
            Map.of("context", ":admonition", "role", ChoiceNote.ROLE, "traverse_documents", true));
    for (StructuralNode node : notes) {
      if (node instanceof Block note && note.getId() != null) {
        String text = note.getSource().strip();
        note.setTitle(note.getId() + (text.startsWith("Open:") ? " · open" : " · decided"));
        if (!note.hasAttribute("reftext")) {
          note.setAttribute("reftext", note.getId(), true);
        }
      }
    }
    return document;
  }

  static String label(Block paragraph) {
    Set<String> levels =
        Rfc2119Keywords.in(paragraph.getSource()).stream().collect(Collectors.toSet());
    StringBuilder label = new StringBuilder(paragraph.getId());
    label.append(" · ").append(levels.size() == 1 ? levels.iterator().next() : "?");
    List<String> embodiment = RequirementParagraph.embodiment(paragraph);
    if (!embodiment.isEmpty()) {
      label.append(" · ").append(String.join(" ", embodiment));
    }
    List<String> choices = RequirementParagraph.choices(paragraph);
    if (choices != null && !choices.isEmpty()) {
      label.append(" · leaves ").append(String.join(", ", choices));
    }
    return label.toString();
  }
}
