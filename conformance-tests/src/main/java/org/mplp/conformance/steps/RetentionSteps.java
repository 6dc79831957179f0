package org.mplp.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;
import org.mplp.conformance.driver.Waits;

/**
 * The retention of ended transfers (REQ-XFER-028): the kit waits for transferRetentionSeconds only
 * when the target advertises a period it can wait for; a longer one is fair, and not verified.
 */
public final class RetentionSteps {
  private final World world;
  private final Transfers transfers;

  public RetentionSteps(World world, Transfers transfers) {
    this.world = world;
    this.transfers = transfers;
  }

  @Given("transferRetentionSeconds is a time the kit waits for")
  public void retentionWithinCeiling() {
    Waits.beyondCeiling("transferRetentionSeconds", retention())
        .ifPresent(
            why -> {
              throw Verdicts.notVerified(why);
            });
  }

  /**
   * Until transferRetentionSeconds, the spec's lateness for timers and the kit's tolerance have
   * passed since the kit received the frame that answered the transfer's end: the server ended it
   * before it answered, so the retention is over by then.
   */
  @When("transferRetentionSeconds pass after the transfer ended")
  public void retentionPasses() {
    retentionWithinCeiling();
    Duration sinceEnd = Duration.ofNanos(System.nanoTime() - transfers.answeredNanos());
    Duration left = world.waits().forTimer(retention()).minus(sinceEnd);
    world
        .transcript()
        .note("kit", "waits " + left.toMillis() + " ms for the transfer's retention to pass");
    if (!left.isNegative()) {
      try {
        Thread.sleep(left.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the retention to pass", e);
      }
    }
  }

  private Duration retention() {
    return Duration.ofSeconds(world.limit("transferRetentionSeconds"));
  }
}
