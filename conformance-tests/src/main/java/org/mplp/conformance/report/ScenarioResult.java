package org.mplp.conformance.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One scenario run in one binding.
 *
 * @param location feature resource and line, e.g. {@code features/opening/hello.feature:12}
 * @param expectedFailure the vendor's entry that excuses this scenario, or null when none does
 * @param mismatch the expected and the actual frame of a failed step, or null
 * @param earlier earlier attempts when the scenario was run again (--rerun-failures)
 * @param accountsTaken the test accounts the scenario took from the run's source
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
    ExpectedFailure expectedFailure,
    Mismatch mismatch,
    List<Attempt> earlier,
    int accountsTaken) {

  public ScenarioResult {
    tags = List.copyOf(tags);
    message = message == null ? "" : message;
    transcript = transcript == null ? "" : transcript;
    earlier = earlier == null ? List.of() : List.copyOf(earlier);
  }

  /** A result as a run first records it: no entry of the vendor's, no earlier attempt. */
  public static ScenarioResult of(
      String name,
      String feature,
      String location,
      List<String> tags,
      String binding,
      Verdict verdict,
      String message,
      String transcript,
      long millis) {
    return new ScenarioResult(
        name,
        feature,
        location,
        tags,
        binding,
        verdict,
        message,
        transcript,
        millis,
        null,
        null,
        List.of(),
        0);
  }

  /** The requirement ids the scenario is tagged with, without the {@code @}. */
  public List<String> requirements() {
    return tags.stream().filter(t -> t.startsWith("@REQ-")).map(t -> t.substring(1)).toList();
  }

  /** The spec area: the folder of its feature file ("login" for features/login/lockout.feature). */
  public String area() {
    String[] parts = location.split("/");
    return parts.length > 2 && parts[0].equals("features") ? parts[1] : "runner";
  }

  /** must, should or may, from the scenario's level tag. */
  public String level() {
    if (tags.contains("@should")) {
      return "should";
    }
    return tags.contains("@may") ? "may" : "must";
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

  /** Whether a reader needs its message and transcript: anything but a clean pass or a skip. */
  public boolean detailed() {
    return verdict.unsuccessful() || verdict == Verdict.FLAKY || expectedFailurePassed();
  }

  public ScenarioResult withExpectedFailure(ExpectedFailure entry) {
    return new ScenarioResult(
        name,
        feature,
        location,
        tags,
        binding,
        verdict,
        message,
        transcript,
        millis,
        entry,
        mismatch,
        earlier,
        accountsTaken);
  }

  public ScenarioResult withMismatch(Mismatch frames) {
    return new ScenarioResult(
        name,
        feature,
        location,
        tags,
        binding,
        verdict,
        message,
        transcript,
        millis,
        expectedFailure,
        frames,
        earlier,
        accountsTaken);
  }

  public ScenarioResult withAccountsTaken(int accounts) {
    return new ScenarioResult(
        name,
        feature,
        location,
        tags,
        binding,
        verdict,
        message,
        transcript,
        millis,
        expectedFailure,
        mismatch,
        earlier,
        accounts);
  }

  /**
   * This result run again: the later run's outcome, with this one kept as an earlier attempt. A
   * scenario that failed and then passed is flaky, never passed; its message is the failure's.
   */
  public ScenarioResult rerun(ScenarioResult again) {
    List<Attempt> attempts = new ArrayList<>(earlier);
    attempts.add(new Attempt(verdict, message, transcript, millis));
    boolean flaky = again.verdict() == Verdict.PASSED;
    return new ScenarioResult(
        name,
        feature,
        location,
        tags,
        binding,
        flaky ? Verdict.FLAKY : again.verdict(),
        flaky ? "Passed when run again, after: " + message : again.message(),
        again.transcript(),
        again.millis(),
        expectedFailure,
        flaky ? mismatch : again.mismatch(),
        attempts,
        accountsTaken + again.accountsTaken());
  }
}
