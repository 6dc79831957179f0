package org.mplp.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.mplp.conformance.driver.Account;
import org.mplp.conformance.driver.Login;
import org.mplp.conformance.driver.LoginOutcome;
import org.mplp.conformance.driver.PasswordFailures;
import org.mplp.conformance.driver.Secrets;
import org.mplp.conformance.driver.Terminal;
import org.mplp.conformance.driver.Waits;

/**
 * Failed password logins from the kit's one address up to maxLoginFailuresPerAddress, on purpose
 * beyond the budget every other scenario keeps (spec: Login, Failed logins, REQ-LOGIN-017).
 */
public final class AddressLockoutSteps {
  /** The most failed logins one scenario makes, so that a generous limit does not run for ever. */
  static final int MOST_FAILURES = 1000;

  /** The spec's minute (CHOICE-LOGIN-11): any 60 seconds. */
  static final Duration MINUTE = Duration.ofSeconds(60);

  private final World world;
  private long firstFailure;
  private long lastFailure;
  private long loginAt;

  public AddressLockoutSteps(World world) {
    this.world = world;
  }

  @Given("maxLoginFailuresPerAddress is a number of failed logins the kit makes")
  public void withinReach() {
    int limit = world.limit("maxLoginFailuresPerAddress");
    if (limit > MOST_FAILURES) {
      throw Verdicts.notVerified(
          "maxLoginFailuresPerAddress is "
              + limit
              + "; the kit makes at most "
              + MOST_FAILURES
              + " failed logins in a scenario, too few to reach it");
    }
  }

  /**
   * Each on a connection of its own, to a name no account has, so that no account's lockout mixes
   * in, a few at a time (so that the series fits the minute however slowly the target hashes). The
   * target counts the run's earlier failures of the last minute too, so it may shut the address out
   * before the kit's count is full: a login refused as locked-out ends the series.
   */
  @When(
      "logins to accounts the server does not have fail maxLoginFailuresPerAddress times from the"
          + " kit's address")
  public void failFromThisAddress() {
    int limit = world.limit("maxLoginFailuresPerAddress");
    AtomicInteger counted = new AtomicInteger();
    FewAtATime.run(
        2 * limit + 10,
        FewAtATime.atOnce(world),
        attempt -> {
          Client client = Sessions.open(world, "guess#" + attempt, "g" + attempt + "-");
          LoginOutcome outcome =
              Login.beyondBudget(
                  client,
                  new Login.Request(
                      Secrets.unknownAccount(),
                      null,
                      Secrets.wrongPassword(),
                      Terminal.of("PC", "Conformance guesser")));
          client.connection().close();
          if ("locked-out".equals(outcome.errorCode())) {
            return true;
          }
          if (PasswordFailures.mayCount(outcome)) {
            failed(System.nanoTime());
            return counted.incrementAndGet() >= limit;
          }
          return false;
        },
        () -> limit - counted.get());
    synchronized (this) {
      if (lastFailure == 0) {
        lastFailure = System.nanoTime();
      }
    }
    world.transcript().note("kit", counted.get() + " failed password logins from its address");
  }

  private synchronized void failed(long at) {
    lastFailure = Math.max(lastFailure, at);
    if (firstFailure == 0 || at < firstFailure) {
      firstFailure = at;
    }
  }

  /** Beside the budget: the run's failures would make an ordinary login wait out the minute. */
  @When("{device} logs in with the password at once")
  public void atOnce(Device device) {
    Account account = world.account(device.name().account());
    Client client = Sessions.open(world, device.nextConnectionName(), device.name().idPrefix());
    device.connectedOn(client);
    loginAt = System.nanoTime();
    device.loggedIn(
        Login.beyondBudget(
            client,
            new Login.Request(account.name(), null, account.password(), device.terminal())));
  }

  @Then("{device} is refused with the error locked-out and told to retry within a minute")
  public void refusedForTheMinute(Device device) {
    LoginOutcome outcome = device.login();
    Duration series = Duration.ofNanos(loginAt - firstFailure);
    if (!"locked-out".equals(outcome.errorCode())
        && firstFailure != 0
        && series.compareTo(MINUTE) >= 0) {
      // The earliest failures had aged out of the minute (CHOICE-LOGIN-11) before this login.
      throw Verdicts.notVerified(
          "the kit's failed logins and this login took "
              + series.toSeconds()
              + " s, longer than the minute in which maxLoginFailuresPerAddress failures must"
              + " fall");
    }
    var retry = outcome.frame() == null ? null : outcome.frame().body().get("retryAfterSeconds");
    Expect.that(
        "locked-out".equals(outcome.errorCode())
            && retry != null
            && retry.isIntegralNumber()
            && retry.asLong() >= 1
            && retry.asLong() <= MINUTE.toSeconds(),
        world,
        "the password login of "
            + device.the()
            + " to be refused with the error locked-out and a retryAfterSeconds between 1 and "
            + MINUTE.toSeconds()
            + ", right after maxLoginFailuresPerAddress failed logins from its address",
        outcome.describe());
  }

  /**
   * Until the last failure is a minute old, and the spec's lateness for timers: then the target
   * counts none of them, and the next run from this address starts as the first did.
   */
  @When("the failed logins are a minute old")
  public void aMinutePasses() {
    Duration left =
        MINUTE
            .plus(Waits.TIMER_LATENESS)
            .plus(Waits.TOLERANCE)
            .minus(Duration.ofNanos(System.nanoTime() - lastFailure));
    world.transcript().note("kit", "waits " + left.toMillis() + " ms for its failures to age");
    if (!left.isNegative()) {
      try {
        Thread.sleep(left.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the minute to pass", e);
      }
    }
  }
}
