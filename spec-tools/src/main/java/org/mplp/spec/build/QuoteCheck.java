package org.mplp.spec.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A scenario opens by quoting the requirement it checks; when the spec's sentence changes, the
 * quote must change with it, or the scenario silently checks what the spec no longer says.
 */
final class QuoteCheck {

  private QuoteCheck() {}

  static List<BuildFault> check(List<Requirement> requirements, ScenarioIndex index) {
    Map<String, Requirement> byId =
        requirements.stream()
            .collect(Collectors.toMap(Requirement::id, Function.identity(), (a, b) -> a));
    List<BuildFault> faults = new ArrayList<>();
    for (ScenarioIndex.RequirementQuote quote : index.quotes()) {
      Requirement requirement = byId.get(quote.id());
      if (requirement == null) {
        faults.add(
            new BuildFault(
                quote.where(),
                "the comment quotes " + quote.id() + ", which the spec does not have"));
      } else if (!normalized(quote.text()).equals(normalized(requirement.text()))) {
        faults.add(
            new BuildFault(
                quote.where(),
                "the comment quotes "
                    + quote.id()
                    + " as \""
                    + quote.text()
                    + "\" but the spec says \""
                    + requirement.text()
                    + "\""));
      }
    }
    return faults;
  }

  private static String normalized(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
