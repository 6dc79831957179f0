package org.mplp.conformance.report;

import java.util.List;

/**
 * One scenario run in one binding.
 *
 * @param location feature resource and line, e.g. {@code features/opening/hello.feature:12}
 * @param expectedFailure the reason from the expected-failures file, or null when not listed
 */
public record ScenarioResult(
    String name,
    String feature,
    String location,
    List<String> tags,
    String binding,
    Verdict verdict,
    String message,
    String transcript,
    long millis,
    String expectedFailure) {

  public ScenarioResult {
    tags = List.copyOf(tags);
    message = message == null ? "" : message;
    transcript = transcript == null ? "" : transcript;
  }

  /** The requirement ids the scenario is tagged with, without the {@code @}. */
  public List<String> requirements() {
    return tags.stream().filter(t -> t.startsWith("@REQ-")).map(t -> t.substring(1)).toList();
  }

  public boolean expected() {
    return expectedFailure != null;
  }

  /** A failed or warning verdict the vendor listed as a known gap. */
  public boolean expectedFailureSeen() {
    return expected() && (verdict == Verdict.FAILED || verdict == Verdict.WARNING);
  }

  /** Listed as a known gap, but it passed: worth telling the vendor. */
  public boolean expectedFailurePassed() {
    return expected() && verdict == Verdict.PASSED;
  }

  /** Whether this result makes the run not conformant. */
  public boolean breaksConformance() {
    return verdict == Verdict.ERROR || (verdict == Verdict.FAILED && !expected());
  }

  public ScenarioResult withExpectedFailure(String reason) {
    return new ScenarioResult(
        name, feature, location, tags, binding, verdict, message, transcript, millis, reason);
  }
}
