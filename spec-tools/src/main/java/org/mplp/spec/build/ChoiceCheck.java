package org.mplp.spec.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every requirement says which choices it leaves implementers, or that it leaves none; every choice
 * it names is a note of the spec, and every choice note is named by a requirement.
 */
final class ChoiceCheck {

  private ChoiceCheck() {}

  static List<BuildFault> check(List<Requirement> requirements, List<Choice> choices) {
    List<BuildFault> faults = new ArrayList<>();
    Map<String, Choice> byId = new HashMap<>();
    for (Choice choice : choices) {
      Choice first = byId.putIfAbsent(choice.id(), choice);
      if (first != null) {
        faults.add(
            new BuildFault(
                choice.where(),
                "duplicate choice id " + choice.id() + " (first at " + first.where() + ")"));
      }
    }
    Set<String> named = new HashSet<>();
    for (Requirement requirement : requirements) {
      if (requirement.choices() == null) {
        faults.add(
            new BuildFault(
                requirement.where(),
                requirement.id()
                    + " does not say which choices it leaves: add choices=none or"
                    + " choices=\"CHOICE-...\" to its attribute line"));
        continue;
      }
      for (String id : requirement.choices()) {
        named.add(id);
        if (!byId.containsKey(id)) {
          faults.add(
              new BuildFault(
                  requirement.where(),
                  requirement.id() + " names the choice " + id + ", which no choice note has"));
        }
      }
    }
    for (Choice choice : choices) {
      if (!named.contains(choice.id())) {
        faults.add(
            new BuildFault(
                choice.where(), "no requirement names the choice " + choice.id() + " it settles"));
      }
    }
    return faults;
  }
}
