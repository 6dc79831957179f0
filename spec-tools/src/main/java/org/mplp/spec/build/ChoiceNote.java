package org.mplp.spec.build;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;

/**
 * Reads one {@code [NOTE.choice#CHOICE-<AREA>-<NN>]} note: a choice of the spec, decided or open,
 * by the word its text opens with.
 */
final class ChoiceNote {

  static final String ROLE = "choice";
  static final Pattern ID = Pattern.compile("CHOICE-[A-Z]+-[0-9]{2}");

  private ChoiceNote() {}

  /** The choice, or empty after adding to {@code faults} why the note is not one. */
  static Optional<Choice> read(StructuralNode node, List<BuildFault> faults) {
    String where = SourcePlace.of(node);
    if (!(node instanceof Block note) || !"admonition".equals(node.getContext())) {
      faults.add(
          new BuildFault(
              where, "role ." + ROLE + " belongs on a NOTE, not a " + node.getContext()));
      return Optional.empty();
    }
    String id = note.getId();
    if (id == null || !ID.matcher(id).matches()) {
      faults.add(
          new BuildFault(
              where,
              "a choice note needs an id CHOICE-<AREA>-<NN>: write [NOTE.choice#CHOICE-...]"));
      return Optional.empty();
    }
    String text = note.getSource().strip().replaceAll("\\s+", " ");
    Choice.Status status;
    if (text.startsWith("Decided:")) {
      status = Choice.Status.DECIDED;
    } else if (text.startsWith("Open:")) {
      status = Choice.Status.OPEN;
    } else {
      faults.add(
          new BuildFault(
              where,
              id
                  + " opens with neither \"Decided:\" nor \"Open:\": say how the choice is"
                  + " settled"));
      return Optional.empty();
    }
    return Optional.of(new Choice(id, status, RequirementParagraph.section(note), text, where));
  }
}
