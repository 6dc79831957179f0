package org.mplp.conformance.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Everything a run found, ready to be written in three formats and summed up on the terminal. */
public record RunReport(
    String target,
    String httpBase,
    Instant started,
    long millis,
    List<String> bindings,
    List<ScenarioResult> scenarios,
    List<RequirementResult> requirements,
    List<String> notes,
    RunContext context) {

  public RunReport {
    bindings = List.copyOf(bindings);
    scenarios = List.copyOf(scenarios);
    requirements = List.copyOf(requirements);
    notes = List.copyOf(notes);
    context = context == null ? RunContext.plain() : context;
  }

  /**
   * No failed scenario that was not expected and no error; with --fail-on-not-run, also nothing
   * left unjudged.
   */
  public boolean conformant() {
    boolean broken = scenarios.stream().anyMatch(ScenarioResult::breaksConformance);
    return !broken && (!context.failOnNotRun() || notRun().isEmpty());
  }

  /**
   * What was not judged: scenarios that did not apply, and MUST requirements that no scenario
   * judged. Only --fail-on-not-run makes these count.
   */
  public List<String> notRun() {
    List<String> notRun = new ArrayList<>();
    for (ScenarioResult s : scenarios) {
      if (s.verdict().notRun()) {
        notRun.add(s.name() + " [" + s.binding() + "] " + s.verdict().wireName());
      }
    }
    for (RequirementResult r : requirements) {
      if (r.requirement().mandatory() && r.verdict().notRun()) {
        notRun.add(
            r.requirement().id() + " (" + r.requirement().level() + ") " + r.verdict().wireName());
      }
    }
    return notRun;
  }

  /** One line: "CONFORMANT with 1 expected failure", "NOT CONFORMANT: 2 failed, 1 error". */
  public String headline() {
    List<String> parts = new ArrayList<>();
    count(
        parts,
        scenarios.stream().filter(s -> s.verdict() == Verdict.FAILED && !s.expected()).count(),
        "failed",
        "failed");
    count(
        parts,
        scenarios.stream().filter(s -> s.verdict() == Verdict.ERROR).count(),
        "error",
        "errors");
    count(
        parts,
        scenarios.stream().filter(ScenarioResult::expectedFailureSeen).count(),
        "expected failure",
        "expected failures");
    count(
        parts,
        scenarios.stream().filter(s -> s.verdict() == Verdict.WARNING && !s.expected()).count(),
        "warning",
        "warnings");
    count(
        parts,
        scenarios.stream().filter(s -> s.verdict() == Verdict.FLAKY).count(),
        "flaky",
        "flaky");
    if (context.failOnNotRun() && !notRun().isEmpty()) {
      count(parts, notRun().size(), "not run (--fail-on-not-run)", "not run (--fail-on-not-run)");
    }
    String verdict = conformant() ? "CONFORMANT" : "NOT CONFORMANT";
    if (parts.isEmpty()) {
      return verdict;
    }
    return verdict + (conformant() ? " with " : ": ") + String.join(", ", parts);
  }

  private static void count(List<String> parts, long n, String one, String many) {
    if (n > 0) {
      parts.add(n + " " + (n == 1 ? one : many));
    }
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

  /** Scenario counts per verdict in one spec area (the features folder). */
  public Map<Verdict, Integer> areaCounts(String area) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      if (v != Verdict.UNTESTED) {
        counts.put(v, 0);
      }
    }
    scenarios.stream()
        .filter(s -> s.area().equals(area))
        .forEach(s -> counts.merge(s.verdict(), 1, Integer::sum));
    return counts;
  }

  /** The spec areas that have results, sorted. */
  public Set<String> areas() {
    Set<String> areas = new TreeSet<>();
    scenarios.forEach(s -> areas.add(s.area()));
    return areas;
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

  /** The registry entry of a requirement id, if the run knows it. */
  public java.util.Optional<Requirement> requirement(String id) {
    return requirements.stream()
        .map(RequirementResult::requirement)
        .filter(r -> r.id().equals(id))
        .findFirst();
  }
}
