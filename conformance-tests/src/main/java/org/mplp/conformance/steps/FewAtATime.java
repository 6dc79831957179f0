package org.mplp.conformance.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;

/**
 * A series of attempts, each on a connection of its own, made a few at a time. A series of failed
 * logins one after another may outlast the minute a per-address limit counts them in
 * (CHOICE-LOGIN-11) when the server hashes slowly or stands far away, and a series of logins that
 * enlists senders holds up what they send; a few at a time each takes a fraction of that. The
 * number at a time stays well within maxConnectionsPerAddress.
 */
final class FewAtATime {
  /** The most attempts in flight at once. */
  static final int MOST_AT_ONCE = 16;

  private FewAtATime() {}

  /** How many at once the target's per-address connection limit leaves room for. */
  static int atOnce(World world) {
    return Math.max(1, Math.min(MOST_AT_ONCE, world.limit("maxConnectionsPerAddress") / 4));
  }

  /**
   * Attempts numbered from 1, in rounds of at most {@code atOnce}, until {@code attempts} have been
   * made or an attempt returns true (enough); {@code roundSize} says how many the next round may
   * still need, so that a series that is nearly complete does not overshoot. An attempt's exception
   * ends the series and is thrown here.
   */
  static void run(int attempts, int atOnce, IntPredicate attempt, RoundSize roundSize) {
    ExecutorService pool = Executors.newFixedThreadPool(atOnce);
    try {
      int next = 1;
      boolean enough = false;
      while (!enough && next <= attempts) {
        int size = Math.min(Math.min(atOnce, roundSize.next()), attempts - next + 1);
        if (size <= 0) {
          return;
        }
        List<Future<Boolean>> round = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          int number = next++;
          round.add(pool.submit(() -> attempt.test(number)));
        }
        for (Future<Boolean> done : round) {
          enough |= join(done);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** How many more attempts the series needs at most; asked before each round. */
  @FunctionalInterface
  interface RoundSize {
    int next();
  }

  private static boolean join(Future<Boolean> done) {
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during a series of logins", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
