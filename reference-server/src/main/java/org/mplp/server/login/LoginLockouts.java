package org.mplp.server.login;

import java.util.Optional;
import org.mplp.server.session.Outcome;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Login;

/**
 * The throttle's decisions for one login (spec: Login): the lockouts it is held by and the failures
 * and successes it counts toward.
 */
final class LoginLockouts {

  private final LoginThrottle throttle;

  LoginLockouts(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  /**
   * A password login is held by its account's lockout and its address's, a device credential login
   * by its address's only (REQ-LOGIN-016, REQ-LOGIN-022).
   */
  <T> Optional<Outcome<T>> lockedOut(Login login, String ip) {
    return (login.device() == null
            ? throttle.passwordLoginLocked(login.account(), ip)
            : throttle.credentialLoginLocked(ip))
        .map(
            lock ->
                Outcome.refused(
                    ErrorCode.LOCKED_OUT,
                    lock == LoginThrottle.Lock.ACCOUNT
                        ? "too many failed password logins of this account; try again later"
                        : "too many failed logins from this address; try again later"));
  }

  /**
   * Counts a failure: a password login's toward its account's lockout and its address's, a device
   * credential login's toward its address's only, whether or not the account exists.
   */
  void failed(Login login, String ip) {
    if (login.device() == null) {
      throttle.passwordLoginFailed(login.account(), ip);
    } else {
      throttle.credentialLoginFailed(ip);
    }
  }

  /** Counts a success, which clears a password login's account failures. */
  void succeeded(Login login) {
    if (login.device() == null) {
      throttle.passwordLoginSucceeded(login.account());
    }
  }
}
