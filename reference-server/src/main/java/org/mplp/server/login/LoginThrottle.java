package org.mplp.server.login;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Failed logins, counted two ways (spec: Login, Failed logins): per account, {@code
 * maxLoginFailures} consecutive failed password logins lock the account's password logins for
 * {@code lockoutSeconds} (REQ-LOGIN-016); per client IP address, a generous number of failures a
 * minute locks the address (REQ-LOGIN-017), high enough that a conformance kit running its failure
 * scenarios from one address is not stopped by them. Device credential logins are never held by the
 * account's lockout and their failures count only per address (REQ-LOGIN-022): a credential is
 * beyond guessing, and an account lock on it would let anyone who knows the name cut the owner off.
 * Names the server does not have are counted like others, so a lockout says nothing about whether
 * an account exists.
 */
public final class LoginThrottle {

  /** Failures a minute from one IP address before it is refused for the rest of the minute. */
  public static final int IP_FAILURES_PER_MINUTE = 100;

  static final Duration IP_WINDOW = Duration.ofMinutes(1);

  /** Beyond this many names or addresses tracked, the ones not locked out are forgotten. */
  static final int MAX_TRACKED = 10_000;

  private final int maxAccountFailures;
  private final long lockoutNanos;
  private final int maxIpFailures;
  private final long ipWindowNanos;
  private final LongSupplier nanoClock;
  private final Map<String, AccountFailures> accounts = new HashMap<>();
  private final Map<String, Deque<Long>> addresses = new HashMap<>();

  /**
   * @param nanoClock a monotonic clock, {@code System::nanoTime} outside tests
   */
  public LoginThrottle(
      int maxAccountFailures,
      Duration lockout,
      int maxIpFailures,
      Duration ipWindow,
      LongSupplier nanoClock) {
    this.maxAccountFailures = maxAccountFailures;
    this.lockoutNanos = lockout.toNanos();
    this.maxIpFailures = maxIpFailures;
    this.ipWindowNanos = ipWindow.toNanos();
    this.nanoClock = nanoClock;
  }

  /** The limits of a server: its advertised ones per account, 100 a minute per address. */
  public static LoginThrottle forLimits(int maxLoginFailures, int lockoutSeconds) {
    return new LoginThrottle(
        maxLoginFailures,
        Duration.ofSeconds(lockoutSeconds),
        IP_FAILURES_PER_MINUTE,
        IP_WINDOW,
        System::nanoTime);
  }

  /**
   * What holds a password login of the account from the address: the account's lockout or the
   * address's; empty when it may go ahead.
   */
  public synchronized Optional<Lock> passwordLoginLocked(String account, String ip) {
    long now = nanoClock.getAsLong();
    AccountFailures failures = accounts.get(account);
    if (failures != null && failures.lockedUntil != 0) {
      if (now - failures.lockedUntil < 0) {
        return Optional.of(Lock.ACCOUNT);
      }
      accounts.remove(account);
    }
    return addressLocked(ip, now);
  }

  /**
   * What holds a device credential login from the address: only the address's lockout, never the
   * account's (REQ-LOGIN-022); empty when it may go ahead.
   */
  public synchronized Optional<Lock> credentialLoginLocked(String ip) {
    return addressLocked(ip, nanoClock.getAsLong());
  }

  /** A failed password login counts toward the account's lockout and the address's. */
  public synchronized void passwordLoginFailed(String account, String ip) {
    long now = nanoClock.getAsLong();
    if (accounts.size() >= MAX_TRACKED) {
      accounts.values().removeIf(f -> f.lockedUntil == 0 || now - f.lockedUntil >= 0);
    }
    AccountFailures failures = accounts.computeIfAbsent(account, name -> new AccountFailures());
    if (failures.lockedUntil == 0 && ++failures.consecutive >= maxAccountFailures) {
      failures.lockedUntil = now + lockoutNanos;
      if (failures.lockedUntil == 0) {
        failures.lockedUntil = 1; // 0 means "not locked"
      }
    }
    addressFailed(ip, now);
  }

  /** A failed device credential login counts toward the address's lockout only. */
  public synchronized void credentialLoginFailed(String ip) {
    addressFailed(ip, nanoClock.getAsLong());
  }

  /**
   * A successful password login ends the account's run of failed password logins; a device
   * credential login leaves it as it is, for it is no password login.
   */
  public synchronized void passwordLoginSucceeded(String account) {
    accounts.remove(account);
  }

  private Optional<Lock> addressLocked(String ip, long now) {
    if (recentFailures(ip, now) >= maxIpFailures) {
      return Optional.of(Lock.ADDRESS);
    }
    return Optional.empty();
  }

  private void addressFailed(String ip, long now) {
    if (addresses.size() >= MAX_TRACKED) {
      addresses.keySet().removeIf(address -> recentFailures(address, now) == 0);
    }
    Deque<Long> times = addresses.computeIfAbsent(ip, address -> new ArrayDeque<>());
    times.addLast(now);
    while (times.size() > maxIpFailures) {
      times.removeFirst();
    }
  }

  private int recentFailures(String ip, long now) {
    Deque<Long> times = addresses.get(ip);
    if (times == null) {
      return 0;
    }
    while (!times.isEmpty() && now - times.peekFirst() >= ipWindowNanos) {
      times.removeFirst();
    }
    return times.size();
  }

  /** What a lockout is on. */
  public enum Lock {
    ACCOUNT,
    ADDRESS
  }

  private static final class AccountFailures {
    int consecutive;
    long lockedUntil;
  }
}
