package org.mplp.client.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AckQueueTest {
  @Test
  void drainsInBatchesOfTheSchemasLimitKeepingOrderAndDroppingRepeats() {
    AckQueue queue = new AckQueue();
    IntStream.range(0, 600).forEach(i -> queue.add("m" + i));
    queue.add("m0");
    List<List<String>> batches = queue.drain();
    assertThat(batches).extracting(List::size).containsExactly(256, 256, 88);
    assertThat(batches.get(0).get(0)).isEqualTo("m0");
    assertThat(batches.get(2).get(87)).isEqualTo("m599");
    assertThat(queue.isEmpty()).isTrue();
  }

  @Test
  void clearForgetsWhatTheServerWillDeliverAgain() {
    AckQueue queue = new AckQueue();
    queue.add("m1");
    queue.clear();
    assertThat(queue.drain()).isEmpty();
  }
}
