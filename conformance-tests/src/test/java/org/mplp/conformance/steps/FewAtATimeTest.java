package org.mplp.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FewAtATimeTest {

  @Test
  void makesEveryAttemptOnceWhenNoneSaysEnough() {
    Set<Integer> made = ConcurrentHashMap.newKeySet();
    FewAtATime.run(20, 4, attempt -> !made.add(attempt), () -> Integer.MAX_VALUE);
    assertEquals(20, made.size());
    assertTrue(made.contains(1) && made.contains(20));
  }

  @Test
  void neverHasMoreInFlightThanAsked() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    FewAtATime.run(
        30,
        3,
        attempt -> {
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          sleep(5);
          inFlight.decrementAndGet();
          return false;
        },
        () -> Integer.MAX_VALUE);
    assertTrue(most.get() <= 3, "at most 3 at once, saw " + most.get());
  }

  @Test
  void stopsAfterTheRoundInWhichAnAttemptSaidEnough() {
    AtomicInteger made = new AtomicInteger();
    FewAtATime.run(100, 4, attempt -> made.incrementAndGet() > 0 && attempt == 6, () -> 100);
    assertEquals(8, made.get(), "the round holding attempt 6 ends, and no other begins");
  }

  @Test
  void aRoundIsNoLargerThanWhatTheSeriesStillNeeds() {
    AtomicInteger made = new AtomicInteger();
    FewAtATime.run(100, 8, attempt -> made.incrementAndGet() < 0, () -> 10 - made.get());
    assertEquals(10, made.get());
  }

  @Test
  void anAttemptsExceptionEndsTheSeriesAndIsThrown() {
    IllegalArgumentException thrown = new IllegalArgumentException("attempt 3 failed");
    IllegalArgumentException seen =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                FewAtATime.run(
                    10,
                    2,
                    attempt -> {
                      if (attempt == 3) {
                        throw thrown;
                      }
                      return false;
                    },
                    () -> Integer.MAX_VALUE));
    assertSame(thrown, seen);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
