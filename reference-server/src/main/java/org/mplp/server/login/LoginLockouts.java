package org.mplp.server.login;

import java.util.Optional;
import org.mplp.server.session.Outcome;
import org.mplp.spec.model.Login;

/**
 * The throttle's decisions for one login (spec: Login): the lockouts it is held by and the failures
 * and successes it counts toward. Only password logins take part (REQ-LOGIN-022).
 */
final class LoginLockouts {

  private final LoginThrottle throttle;

  LoginLockouts(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  /**
   * A password login is held by its account's lockout and its address's, with the time left told
   * (REQ-LOGIN-016, REQ-LOGIN-025); a device credential login by none (REQ-LOGIN-022).
   */
  <T> Optional<Outcome<T>> lockedOut(Login login, String ip) {
    if (login.device() != null) {
      return Optional.empty();
    }
    return throttle
        .passwordLoginLocked(login.account(), ip)
        .map(
            lockout ->
                Outcome.lockedOut(
                    lockout.lock() == LoginThrottle.Lock.ACCOUNT
                        ? "too many failed password logins of this account; try again later"
                        : "too many failed password logins from this address; try again later",
                    lockout.retryAfterSeconds()));
  }

  /**
   * Counts a failed password login toward its account's lockout and its address's, whether or not
   * the account exists; a failed device credential login counts toward nothing.
   */
  void failed(Login login, String ip) {
    if (login.device() == null) {
      throttle.passwordLoginFailed(login.account(), ip);
    }
  }

  /** Counts a success, which clears a password login's account failures. */
  void succeeded(Login login) {
    if (login.device() == null) {
      throttle.passwordLoginSucceeded(login.account());
    }
  }
}
