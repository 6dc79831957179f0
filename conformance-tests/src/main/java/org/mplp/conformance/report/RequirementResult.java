package org.mplp.conformance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A requirement and the verdict over every scenario, in every binding, tagged with it. */
public record RequirementResult(Requirement requirement, Verdict verdict, int scenarios) {

  /**
   * One result per registry entry, in registry order, then any id the scenarios name that the
   * registry lacks. Failed beats error beats warning beats passed; untested when nothing ran.
   */
  public static List<RequirementResult> aggregate(
      List<Requirement> registry, List<ScenarioResult> scenarios) {
    Map<String, Requirement> byId = new LinkedHashMap<>();
    registry.forEach(r -> byId.put(r.id(), r));
    for (ScenarioResult s : scenarios) {
      for (String id : s.requirements()) {
        byId.computeIfAbsent(
            id, unknown -> new Requirement(unknown, levelOf(s), "", "", List.of()));
      }
    }
    List<RequirementResult> results = new ArrayList<>();
    for (Requirement r : byId.values()) {
      Verdict verdict = Verdict.UNTESTED;
      int count = 0;
      for (ScenarioResult s : scenarios) {
        if (s.requirements().contains(r.id())) {
          count++;
          verdict = Verdict.worst(verdict, s.verdict());
        }
      }
      results.add(new RequirementResult(r, verdict, count));
    }
    return results;
  }

  private static String levelOf(ScenarioResult s) {
    if (s.tags().contains("@should")) {
      return "SHOULD";
    }
    return s.tags().contains("@may") ? "MAY" : "MUST";
  }
}
