package org.mplp.conformance.runner;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.mplp.conformance.report.ReportWriter;
import org.mplp.conformance.report.RunReport;
import org.mplp.conformance.report.ScenarioResult;
import org.mplp.conformance.report.Verdict;

/** The few lines printed at the end of a run. */
final class Summary {
  private static final int LISTED = 15;

  private Summary() {}

  static void print(RunReport report, Path reportDir, PrintWriter out) {
    out.printf(
        "mplp conformance: %s  (target %s%s, %.1f s)%n",
        report.headline(),
        report.target(),
        report.context().implementation() == null ? "" : ", " + report.context().implementation(),
        report.millis() / 1000.0);
    out.println("  run: " + report.context().parallel().describe());
    for (String binding : report.resultBindings()) {
      long expected =
          report.scenarios().stream()
              .filter(s -> s.binding().equals(binding) && s.expectedFailureSeen())
              .count();
      out.printf(
          "  %-5s %s%s%n",
          binding,
          counts(report.counts(binding)),
          expected == 0 ? "" : " (" + expected + " of them expected)");
    }
    out.printf("  requirements: %s%n", counts(report.requirementCounts()));
    report.scenarios().stream()
        .filter(ScenarioResult::breaksConformance)
        .limit(LISTED)
        .forEach(
            s ->
                out.printf(
                    "  %s [%s] %s: %s%n",
                    s.verdict().wireName(), s.binding(), s.name(), s.message()));
    report.scenarios().stream()
        .filter(s -> s.verdict() == Verdict.FLAKY)
        .forEach(s -> out.printf("  flaky [%s] %s: %s%n", s.binding(), s.name(), s.message()));
    report.scenarios().stream()
        .filter(ScenarioResult::expectedFailureSeen)
        .forEach(
            s ->
                out.printf(
                    "  expected %s [%s] %s: %s%n",
                    s.verdict().wireName(), s.binding(), s.name(), s.expectedFailure().reason()));
    if (report.context().failOnNotRun()) {
      report.notRun().stream()
          .limit(LISTED)
          .forEach(n -> out.println("  not run (--fail-on-not-run): " + n));
    }
    report.scenarios().stream()
        .filter(ScenarioResult::expectedFailurePassed)
        .forEach(s -> out.printf("  expected failure now passes [%s] %s%n", s.binding(), s.name()));
    report.notes().forEach(n -> out.println("  note: " + n));
    out.println("  report: " + reportDir.toAbsolutePath().resolve(ReportWriter.HTML));
    out.flush();
  }

  private static String counts(Map<Verdict, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().wireName())
        .collect(Collectors.joining(", "));
  }
}
