package org.mplp.server.auth;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Failed logins, counted two ways (spec: Login, Failed logins): per account, {@code
 * maxLoginFailures} consecutive failures lock the account for {@code lockoutSeconds}
 * (REQ-LOGIN-016); per client IP address, a generous number of failures a minute locks the address
 * (REQ-LOGIN-017), high enough that a conformance kit running its failure scenarios from one
 * address is not stopped by them. Names the server does not have are counted like others, so a
 * lockout says nothing about whether an account exists.
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

  /** What is locked out, the account or the address; empty when a login may go ahead. */
  public synchronized Optional<Lock> lockedOut(String account, String ip) {
    long now = nanoClock.getAsLong();
    AccountFailures failures = accounts.get(account);
    if (failures != null && failures.lockedUntil != 0) {
      if (now - failures.lockedUntil < 0) {
        return Optional.of(Lock.ACCOUNT);
      }
      accounts.remove(account);
    }
    if (recentFailures(ip, now) >= maxIpFailures) {
      return Optional.of(Lock.ADDRESS);
    }
    return Optional.empty();
  }

  public synchronized void failed(String account, String ip) {
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
    if (addresses.size() >= MAX_TRACKED) {
      addresses.keySet().removeIf(address -> recentFailures(address, now) == 0);
    }
    Deque<Long> times = addresses.computeIfAbsent(ip, address -> new ArrayDeque<>());
    times.addLast(now);
    while (times.size() > maxIpFailures) {
      times.removeFirst();
    }
  }

  /** A successful login ends the account's run of failures. */
  public synchronized void succeeded(String account) {
    accounts.remove(account);
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
