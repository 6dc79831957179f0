package org.mplp.server.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private final AtomicLong clock = new AtomicLong(1_000_000_000L);

  private int takeAll(TokenBucket bucket) {
    int taken = 0;
    while (bucket.tryTake()) {
      taken++;
    }
    return taken;
  }

  @Test
  void aFullSecondsWorthMayArriveAtOnce() {
    TokenBucket bucket = new TokenBucket(100, clock::get);
    assertThat(takeAll(bucket)).isEqualTo(100);
  }

  @Test
  void tokensComeBackAtTheRate() {
    TokenBucket bucket = new TokenBucket(100, clock::get);
    takeAll(bucket);
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(50));
    assertThat(takeAll(bucket)).isEqualTo(5);
  }

  @Test
  void idleTimeDoesNotBuildABurstBeyondTheRate() {
    TokenBucket bucket = new TokenBucket(10, clock::get);
    clock.addAndGet(TimeUnit.SECONDS.toNanos(60));
    assertThat(takeAll(bucket)).isEqualTo(10);
  }

  @Test
  void fractionsOfATokenAddUp() {
    TokenBucket bucket = new TokenBucket(3, clock::get);
    takeAll(bucket);
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(200));
    assertThat(bucket.tryTake()).isFalse();
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(140));
    assertThat(bucket.tryTake()).isTrue();
    assertThat(bucket.tryTake()).isFalse();
  }

  @Test
  void aRateBelowOneIsRejected() {
    assertThatThrownBy(() -> new TokenBucket(0, clock::get))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
