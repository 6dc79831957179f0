package org.mplp.conformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.mplp.conformance.driver.Applicability;
import org.mplp.conformance.driver.Transcripts;
import org.mplp.conformance.driver.Upgrade;
import org.opentest4j.TestAbortedException;

/**
 * Around every scenario: skip what does not apply, then check every frame and keep the transcript.
 */
public final class Hooks {
  /** Cucumber's default order of a hook; the scenario begins here. */
  private static final int APPLICABILITY = 10_000;

  /** The order of a Before hook that needs the scenario begun and found applicable. */
  static final int AFTER_APPLICABILITY = APPLICABILITY + 1;

  private final World world;

  public Hooks(World world) {
    this.world = world;
  }

  @Before(order = APPLICABILITY)
  public void skipWhatDoesNotApply(Scenario scenario) {
    world.begin(scenario.getSourceTagNames());
    Applicability.reasonNotApplicable(
            scenario.getSourceTagNames(), world.run().binding(), world.run().profiles())
        .ifPresent(
            reason -> {
              throw new TestAbortedException(reason);
            });
  }

  /** REQ-TRANSPORT-007/008 hold for every frame, also those no step looked at. */
  @After(order = 20)
  public void everyFrameWasValid() {
    for (Upgrade upgrade : world.upgrades()) {
      if (upgrade.accepted()) {
        upgrade.connection().received().forEach(Receive::valid);
      }
    }
  }

  @After(order = 10)
  public void closeAndKeepTheTranscript(Scenario scenario) {
    world.closeAll();
    Transcripts.put(
        scenario.getUri(), scenario.getLine(), world.transcript().render(), world.accountsTaken());
  }
}
