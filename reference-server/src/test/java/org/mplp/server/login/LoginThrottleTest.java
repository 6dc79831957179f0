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
    assertThat(throttle.passwordLoginLocked("alice", "198.51.100.9"))
        .contains(LoginThrottle.Lock.ACCOUNT);
    assertThat(throttle.passwordLoginLocked("bob", "192.0.2.1")).isEmpty();
    advance(Duration.ofSeconds(59));
    assertThat(throttle.passwordLoginLocked("alice", "198.51.100.9"))
        .contains(LoginThrottle.Lock.ACCOUNT);
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
  void aPasswordLockoutDoesNotHoldDeviceCredentialLogins() {
    for (int i = 0; i < 3; i++) {
      throttle.passwordLoginFailed("alice", "192.0.2.1");
    }
    assertThat(throttle.passwordLoginLocked("alice", "192.0.2.1"))
        .contains(LoginThrottle.Lock.ACCOUNT);
    assertThat(throttle.credentialLoginLocked("192.0.2.1")).isEmpty();
  }

  @Test
  void failedDeviceCredentialLoginsCountOnlyTowardTheAddress() {
    for (int i = 0; i < 9; i++) {
      throttle.credentialLoginFailed("203.0.113.5");
    }
    assertThat(throttle.passwordLoginLocked("alice", "192.0.2.1")).isEmpty();
    assertThat(throttle.credentialLoginLocked("203.0.113.5")).isEmpty();
    throttle.credentialLoginFailed("203.0.113.5");
    assertThat(throttle.credentialLoginLocked("203.0.113.5")).contains(LoginThrottle.Lock.ADDRESS);
    assertThat(throttle.passwordLoginLocked("alice", "203.0.113.5"))
        .contains(LoginThrottle.Lock.ADDRESS);
    assertThat(throttle.credentialLoginLocked("203.0.113.6")).isEmpty();
  }

  @Test
  void manyFailuresFromOneAddressLockTheAddressForTheRestOfTheWindow() {
    for (int i = 0; i < 10; i++) {
      throttle.passwordLoginFailed("name" + i, "203.0.113.5");
      advance(Duration.ofSeconds(1));
    }
    assertThat(throttle.passwordLoginLocked("fresh", "203.0.113.5"))
        .contains(LoginThrottle.Lock.ADDRESS);
    assertThat(throttle.passwordLoginLocked("fresh", "203.0.113.6")).isEmpty();
    // The first failure leaves the one-minute window 60 s after it happened.
    advance(Duration.ofSeconds(50));
    assertThat(throttle.passwordLoginLocked("fresh", "203.0.113.5")).isEmpty();
  }

  @Test
  void theServersAddressLimitIsGenerousAndPerMinute() {
    LoginThrottle server = LoginThrottle.forLimits(5, 60);
    for (int i = 0; i < 99; i++) {
      server.passwordLoginFailed("kit" + i, "127.0.0.1");
    }
    assertThat(server.passwordLoginLocked("kit-next", "127.0.0.1")).isEmpty();
    server.passwordLoginFailed("kit99", "127.0.0.1");
    assertThat(server.passwordLoginLocked("kit-next", "127.0.0.1"))
        .contains(LoginThrottle.Lock.ADDRESS);
    assertThat(LoginThrottle.IP_FAILURES_PER_MINUTE).isEqualTo(100);
  }
}
