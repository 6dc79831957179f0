package org.mplp.conformance.report;

import java.time.Instant;
import java.util.List;

/** Fixed results for the report tests. */
final class Fixtures {
  static final Requirement PING =
      new Requirement("REQ-OPEN-008", "MUST", "Opening", "A server MUST answer a ping.", List.of());
  static final Requirement TLS =
      new Requirement(
          "REQ-TRANSPORT-011", "SHOULD", "Transport", "A server SHOULD use TLS.", List.of());
  static final Requirement HELLO =
      new Requirement("REQ-OPEN-001", "MUST", "Opening", "A server MUST welcome.", List.of("S21"));

  private Fixtures() {}

  /** An expected-failures entry with nothing but a reason. */
  static ExpectedFailure gap(String reason) {
    return new ExpectedFailure("REQ-OPEN-001", reason, null, null);
  }

  static ScenarioResult scenario(String name, String binding, Verdict verdict, String... tags) {
    return ScenarioResult.of(
        name,
        "Opening exchange",
        "features/opening/hello.feature:7",
        List.of(tags),
        binding,
        verdict,
        verdict == Verdict.PASSED
            ? ""
            : "Expected a pong <replying> to p1, but nothing arrived & so on.",
        "    12 ms  first    -> {\"type\":\"ping\",\"id\":\"p1\"}\n",
        12);
  }

  static RunReport report(List<ScenarioResult> scenarios) {
    List<Requirement> registry = List.of(HELLO, PING, TLS);
    return new RunReport(
        "ws://127.0.0.1:7700/mplp",
        "http://127.0.0.1:7700",
        Instant.parse("2026-01-02T03:04:05Z"),
        1234,
        List.of("json", "xml"),
        scenarios,
        RequirementResult.aggregate(registry, scenarios),
        List.of("a note"),
        RunContext.plain());
  }
}
