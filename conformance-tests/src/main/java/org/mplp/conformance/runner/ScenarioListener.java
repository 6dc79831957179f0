package org.mplp.conformance.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.mplp.conformance.driver.Applicability;
import org.mplp.conformance.driver.DriverException;
import org.mplp.conformance.driver.Transcripts;
import org.mplp.conformance.report.Mismatch;
import org.mplp.conformance.report.ScenarioResult;
import org.mplp.conformance.report.Verdict;

/** Turns the JUnit Platform's events for Cucumber scenarios into verdicts, in one binding. */
final class ScenarioListener implements TestExecutionListener {
  private final String binding;
  private final List<ScenarioResult> results = new ArrayList<>();
  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private TestPlan plan;

  ScenarioListener(String binding) {
    this.binding = binding;
  }

  List<ScenarioResult> results() {
    return List.copyOf(results);
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    this.plan = testPlan;
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    started.put(id.getUniqueId(), System.nanoTime());
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    // Skipped before it started: not selected (Cucumber's tag filter skips this way), so no
    // verdict. What the kit finds not applicable is aborted by a hook and reported below.
    started.remove(id.getUniqueId());
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (id.isTest()) {
      add(id, verdict(id, result), message(result), Mismatches.of(result.getThrowable()));
    }
  }

  /** failed for an assertion of a MUST, warning for one of a SHOULD, error for anything else. */
  static Verdict verdict(TestIdentifier id, TestExecutionResult result) {
    Optional<Throwable> thrown = result.getThrowable();
    return switch (result.getStatus()) {
      case SUCCESSFUL -> Verdict.PASSED;
      case ABORTED -> {
        String why = thrown.map(Throwable::getMessage).orElse("");
        if (why.startsWith(Applicability.PREFIX)) {
          yield Verdict.NOT_APPLICABLE;
        }
        yield why.startsWith(Applicability.NOT_VERIFIED) ? Verdict.NOT_VERIFIED : Verdict.ERROR;
      }
      case FAILED -> {
        if (thrown.isPresent() && thrown.get() instanceof AssertionError) {
          boolean should = hasTag(id, "should") || hasTag(id, "may");
          yield should ? Verdict.WARNING : Verdict.FAILED;
        }
        yield Verdict.ERROR;
      }
    };
  }

  private static String message(TestExecutionResult result) {
    return result
        .getThrowable()
        .map(t -> t instanceof AssertionError ? t.getMessage() : describe(t))
        .orElse("");
  }

  private static String describe(Throwable t) {
    String message = t.getMessage() == null ? "" : ": " + t.getMessage();
    if (message.startsWith(": " + Applicability.PREFIX)
        || message.startsWith(": " + Applicability.NOT_VERIFIED)
        || t instanceof DriverException) {
      return t.getMessage(); // already a sentence about the target or the environment
    }
    return t.getClass().getSimpleName() + message;
  }

  private static boolean hasTag(TestIdentifier id, String name) {
    return id.getTags().stream().map(TestTag::getName).anyMatch(name::equals);
  }

  private synchronized void add(
      TestIdentifier id, Verdict verdict, String message, Mismatch mismatch) {
    String resource = resource(id.getSource().orElse(null));
    int line = line(id.getSource().orElse(null));
    Long start = started.remove(id.getUniqueId());
    long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
    List<String> tags = id.getTags().stream().map(t -> "@" + t.getName()).sorted().toList();
    Transcripts.Kept kept = Transcripts.takeAll(resource, line);
    results.add(
        ScenarioResult.of(
                id.getDisplayName(),
                featureName(id),
                resource + ":" + line,
                tags,
                binding,
                verdict,
                message,
                kept.transcript(),
                millis)
            .withMismatch(mismatch)
            .withAccountsTaken(kept.accountsTaken()));
  }

  /** The display name of the feature: the ancestor right below the engine. */
  private String featureName(TestIdentifier id) {
    TestIdentifier current = id;
    while (true) {
      Optional<TestIdentifier> parent = plan.getParent(current);
      if (parent.isEmpty() || plan.getParent(parent.get()).isEmpty()) {
        return current.getDisplayName();
      }
      current = parent.get();
    }
  }

  private static String resource(TestSource source) {
    if (source instanceof ClasspathResourceSource c) {
      return c.getClasspathResourceName();
    }
    if (source instanceof FileSource f) {
      String path = f.getFile().getPath().replace('\\', '/');
      int features = path.lastIndexOf("features/");
      return features >= 0 ? path.substring(features) : path;
    }
    return String.valueOf(source);
  }

  private static int line(TestSource source) {
    Optional<FilePosition> position = Optional.empty();
    if (source instanceof ClasspathResourceSource c) {
      position = c.getPosition();
    } else if (source instanceof FileSource f) {
      position = f.getPosition();
    }
    return position.map(FilePosition::getLine).orElse(0);
  }
}
