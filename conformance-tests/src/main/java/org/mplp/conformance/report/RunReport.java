package org.mplp.conformance.report;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything a run found, ready to be written in three formats and summed up on the terminal. */
public record RunReport(
    String target,
    String httpBase,
    Instant started,
    long millis,
    List<String> bindings,
    List<ScenarioResult> scenarios,
    List<RequirementResult> requirements,
    List<String> notes) {

  public RunReport {
    bindings = List.copyOf(bindings);
    scenarios = List.copyOf(scenarios);
    requirements = List.copyOf(requirements);
    notes = List.copyOf(notes);
  }

  /** No failed scenario that was not expected, and no error. */
  public boolean conformant() {
    return scenarios.stream().noneMatch(ScenarioResult::breaksConformance);
  }

  /** Scenario counts per verdict, in one binding or (null) in all. */
  public Map<Verdict, Integer> counts(String binding) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      if (v != Verdict.UNTESTED) {
        counts.put(v, 0);
      }
    }
    for (ScenarioResult s : scenarios) {
      if (binding == null || binding.equals(s.binding())) {
        counts.merge(s.verdict(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Requirement counts per verdict. */
  public Map<Verdict, Integer> requirementCounts() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    requirements.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
    return counts;
  }

  /** The bindings that appear in results (a runner check may use "-"), in run order. */
  public Set<String> resultBindings() {
    Set<String> seen = new LinkedHashSet<>(bindings);
    scenarios.forEach(s -> seen.add(s.binding()));
    return seen;
  }
}
