package org.mplp.client.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutgoingPacerTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void aBurstBelowTheLimitGoesAtOnceAndTheNextFrameWaits() {
    OutgoingPacer pacer = new OutgoingPacer(11);
    long now = System.nanoTime();
    for (int i = 0; i < 10; i++) {
      assertThat(pacer.reserve(now)).as("frame %d of the burst", i).isZero();
    }
    long wait = pacer.reserve(now);
    assertThat(wait).isPositive().isLessThanOrEqualTo(SECOND / 10);
  }

  @Test
  void tokensComeBackWithTime() {
    OutgoingPacer pacer = new OutgoingPacer(3);
    long now = System.nanoTime();
    pacer.reserve(now);
    pacer.reserve(now);
    assertThat(pacer.reserve(now)).isPositive();
    assertThat(pacer.reserve(now + 10 * SECOND)).isZero();
  }
}
