package org.mplp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void doublesUpToTheMaximumLessAtMostAFifth() {
    Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000));
    assertThat(backoff.delay(0).toMillis()).isBetween(80L, 100L);
    assertThat(backoff.delay(2).toMillis()).isBetween(320L, 400L);
    assertThat(backoff.delay(10).toMillis()).isBetween(800L, 1000L);
    assertThat(backoff.delay(1000).toMillis()).isBetween(800L, 1000L);
  }
}
