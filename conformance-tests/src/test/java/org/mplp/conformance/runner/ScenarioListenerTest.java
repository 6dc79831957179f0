package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;
import org.mplp.conformance.driver.DriverException;
import org.mplp.conformance.report.Verdict;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ScenarioListenerTest {
  private static TestIdentifier scenario(String... tags) {
    Set<TestTag> testTags = Stream.of(tags).map(TestTag::create).collect(Collectors.toSet());
    var descriptor =
        new AbstractTestDescriptor(UniqueId.forEngine("cucumber").append("scenario", "1"), "s") {
          @Override
          public Type getType() {
            return Type.TEST;
          }

          @Override
          public Set<TestTag> getTags() {
            return testTags;
          }
        };
    return TestIdentifier.from(descriptor);
  }

  @Test
  void aPassingScenarioPasses() {
    assertThat(ScenarioListener.verdict(scenario("must"), TestExecutionResult.successful()))
        .isEqualTo(Verdict.PASSED);
  }

  @Test
  void anAssertionOfAMustFailsAndOfAShouldWarns() {
    var failed = TestExecutionResult.failed(new AssertionError("Expected a pong"));
    assertThat(ScenarioListener.verdict(scenario("must"), failed)).isEqualTo(Verdict.FAILED);
    assertThat(ScenarioListener.verdict(scenario("should"), failed)).isEqualTo(Verdict.WARNING);
    var opentest = TestExecutionResult.failed(new AssertionFailedError("x"));
    assertThat(ScenarioListener.verdict(scenario("must"), opentest)).isEqualTo(Verdict.FAILED);
  }

  @Test
  void anythingButAnAssertionIsAnError() {
    var gone = TestExecutionResult.failed(new DriverException("the target went away"));
    assertThat(ScenarioListener.verdict(scenario("must"), gone)).isEqualTo(Verdict.ERROR);
    var bug = TestExecutionResult.failed(new IllegalStateException("undefined step"));
    assertThat(ScenarioListener.verdict(scenario("should"), bug)).isEqualTo(Verdict.ERROR);
  }

  @Test
  void aSkipWithTheKitsReasonIsNotApplicableAnyOtherAbortIsAnError() {
    var notApplicable =
        TestExecutionResult.aborted(new TestAbortedException("not applicable: xml binding only"));
    assertThat(ScenarioListener.verdict(scenario("must"), notApplicable))
        .isEqualTo(Verdict.NOT_APPLICABLE);
    var pending = TestExecutionResult.aborted(new TestAbortedException("pending"));
    assertThat(ScenarioListener.verdict(scenario("must"), pending)).isEqualTo(Verdict.ERROR);
  }

  @Test
  void whatTheKitCouldNotObserveIsNotVerifiedNeverPassed() {
    var crash =
        TestExecutionResult.aborted(
            new TestAbortedException("not verified: no --restart-command to crash the target"));
    assertThat(ScenarioListener.verdict(scenario("must"), crash)).isEqualTo(Verdict.NOT_VERIFIED);
  }
}
