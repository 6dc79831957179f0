package org.mplp.server.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Failed-login counting per account and per address, on a clock the test moves. */
class LoginThrottleTest {

  private final AtomicLong now = new AtomicLong(42);
  private final LoginThrottle throttle =
      new LoginThrottle(3, Duration.ofSeconds(60), 10, Duration.ofMinutes(1), now::get);

  private void advance(Duration duration) {
    now.addAndGet(duration.toNanos());
  }

  @Test
  void consecutiveFailuresLockTheAccountForTheLockout() {
    throttle.passwordLoginFailed("alice", "192.0.2.1");
    throttle.passwordLoginFailed("alice", "192.0.2.2");
    assertThat(throttle.passwordLoginLocked("alice", "192.0.2.3")).isEmpty();
    throttle.passwordLoginFailed("alice", "192.0.2.3");
    assertThat(lockOf("alice", "198.51.100.9")).contains(LoginThrottle.Lock.ACCOUNT);
    assertThat(throttle.passwordLoginLocked("bob", "192.0.2.1")).isEmpty();
    advance(Duration.ofSeconds(59));
    assertThat(lockOf("alice", "198.51.100.9")).contains(LoginThrottle.Lock.ACCOUNT);
    advance(Duration.ofSeconds(1));
    assertThat(throttle.passwordLoginLocked("alice", "198.51.100.9")).isEmpty();
    // The count starts again from nothing.
    throttle.passwordLoginFailed("alice", "192.0.2.1");
    throttle.passwordLoginFailed("alice", "192.0.2.1");
    assertThat(throttle.passwordLoginLocked("alice", "192.0.2.1")).isEmpty();
  }

  @Test
  void aSuccessEndsTheRunOfFailures() {
    throttle.passwordLoginFailed("alice", "192.0.2.1");
    throttle.passwordLoginFailed("alice", "192.0.2.1");
    throttle.passwordLoginSucceeded("alice");
    throttle.passwordLoginFailed("alice", "192.0.2.1");
    throttle.passwordLoginFailed("alice", "192.0.2.1");
    assertThat(throttle.passwordLoginLocked("alice", "192.0.2.1")).isEmpty();
  }

  @Test
  void aLockoutTellsTheSecondsItHasLeftRoundedUp() {
    for (int i = 0; i < 3; i++) {
      throttle.passwordLoginFailed("alice", "192.0.2.1");
    }
    advance(Duration.ofMillis(20_500));
    LoginThrottle.Lockout lockout =
        throttle.passwordLoginLocked("alice", "192.0.2.9").orElseThrow();
    assertThat(lockout.lock()).isEqualTo(LoginThrottle.Lock.ACCOUNT);
    assertThat(lockout.retryAfterSeconds()).isEqualTo(40);
  }

  @Test
  void manyFailuresFromOneAddressLockTheAddressForTheRestOfTheWindow() {
    for (int i = 0; i < 10; i++) {
      throttle.passwordLoginFailed("name" + i, "203.0.113.5");
      advance(Duration.ofSeconds(1));
    }
    assertThat(lockOf("fresh", "203.0.113.5")).contains(LoginThrottle.Lock.ADDRESS);
    // Free again when the first of the ten leaves the minute: 60 s after it, 50 s from now.
    assertThat(
            throttle.passwordLoginLocked("fresh", "203.0.113.5").orElseThrow().retryAfterSeconds())
        .isEqualTo(50);
    assertThat(throttle.passwordLoginLocked("fresh", "203.0.113.6")).isEmpty();
    // The first failure leaves the one-minute window 60 s after it happened.
    advance(Duration.ofSeconds(50));
    assertThat(throttle.passwordLoginLocked("fresh", "203.0.113.5")).isEmpty();
  }

  @Test
  void theServersAddressLimitIsTheAdvertisedOnePerMinute() {
    LoginThrottle server = LoginThrottle.forLimits(5, 60, 100);
    for (int i = 0; i < 99; i++) {
      server.passwordLoginFailed("kit" + i, "127.0.0.1");
    }
    assertThat(server.passwordLoginLocked("kit-next", "127.0.0.1")).isEmpty();
    server.passwordLoginFailed("kit99", "127.0.0.1");
    assertThat(server.passwordLoginLocked("kit-next", "127.0.0.1").map(LoginThrottle.Lockout::lock))
        .contains(LoginThrottle.Lock.ADDRESS);
  }

  private java.util.Optional<LoginThrottle.Lock> lockOf(String account, String ip) {
    return throttle.passwordLoginLocked(account, ip).map(LoginThrottle.Lockout::lock);
  }
}
