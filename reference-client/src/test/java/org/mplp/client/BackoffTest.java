package org.mplp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void doublesUpToTheMaximumLengthenedByAtMostAFifth() {
    Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000));
    for (int i = 0; i < 50; i++) {
      assertThat(backoff.delay(0).toMillis()).isBetween(100L, 120L);
      assertThat(backoff.delay(2).toMillis()).isBetween(400L, 480L);
      assertThat(backoff.delay(10).toMillis()).isBetween(1000L, 1200L);
      assertThat(backoff.delay(1000).toMillis()).isBetween(1000L, 1200L);
    }
  }

  @Test
  void theDefaultWaitsASecondAtFirstAndThirtyAtMost() {
    assertThat(Backoff.DEFAULT.delay(0)).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1200));
    assertThat(Backoff.DEFAULT.delay(1)).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2400));
    assertThat(Backoff.DEFAULT.delay(30)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(36));
  }
}
