package org.mplp.server.login;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Failed password logins, counted two ways (spec: Login, Failed logins): per account, {@code
 * maxLoginFailures} consecutive failures lock the account's password logins for {@code
 * lockoutSeconds} (REQ-LOGIN-016); per client IP address, {@code maxLoginFailuresPerAddress}
 * failures within a minute lock the address's password logins for the rest of that minute
 * (REQ-LOGIN-017). Device credential logins are held by neither and count toward neither
 * (REQ-LOGIN-022): a credential is beyond guessing, and a lock on it would let anyone who knows an
 * account's name, or shares a NAT with its owner, cut the owner's devices off. Names the server
 * does not have are counted like others, so a lockout says nothing about whether an account exists.
 */
public final class LoginThrottle {

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

  /** The limits a server advertises: per account, and per address in a one-minute window. */
  public static LoginThrottle forLimits(
      int maxLoginFailures, int lockoutSeconds, int maxLoginFailuresPerAddress) {
    return new LoginThrottle(
        maxLoginFailures,
        Duration.ofSeconds(lockoutSeconds),
        maxLoginFailuresPerAddress,
        IP_WINDOW,
        System::nanoTime);
  }

  /**
   * What holds a password login of the account from the address, and until when: the account's
   * lockout or the address's; empty when it may go ahead.
   */
  public synchronized Optional<Lockout> passwordLoginLocked(String account, String ip) {
    long now = nanoClock.getAsLong();
    AccountFailures failures = accounts.get(account);
    if (failures != null && failures.lockedUntil != 0) {
      if (now - failures.lockedUntil < 0) {
        return Optional.of(new Lockout(Lock.ACCOUNT, failures.lockedUntil - now));
      }
      accounts.remove(account);
    }
    if (recentFailures(ip, now) >= maxIpFailures) {
      // The address is free again once its oldest counted failure leaves the window.
      long oldest = addresses.get(ip).peekFirst();
      return Optional.of(new Lockout(Lock.ADDRESS, oldest + ipWindowNanos - now));
    }
    return Optional.empty();
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

  /** A successful password login ends the account's run of failed password logins. */
  public synchronized void passwordLoginSucceeded(String account) {
    accounts.remove(account);
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

  /**
   * A lockout in force.
   *
   * @param remainingNanos how long it still holds
   */
  public record Lockout(Lock lock, long remainingNanos) {

    /** The remaining time in whole seconds, rounded up: what a refused client is told. */
    public int retryAfterSeconds() {
      long seconds = TimeUnit.NANOSECONDS.toSeconds(remainingNanos + 999_999_999L);
      return (int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds));
    }
  }

  private static final class AccountFailures {
    int consecutive;
    long lockedUntil;
  }
}
