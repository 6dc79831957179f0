package org.mplp.client.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutboxTest {
  @Test
  void eachAttemptHasItsOwnFrameIdButTheSameClientMessageId() {
    Outbox outbox = new Outbox();
    PendingSend send = outbox.add("235683-MP-1", "text/plain", "hi");
    assertThat(send.frame("c1").clientMessageId()).isEqualTo(send.frame("c2").clientMessageId());
    assertThat(send.frame("c1").id()).isEqualTo("c1");
    assertThat(send.clientMessageId()).matches("[A-Za-z0-9._:-]{1,64}");
  }

  @Test
  void clientMessageIdsDoNotRepeat() {
    Outbox outbox = new Outbox();
    assertThat(outbox.add("*", "text/plain", "a").clientMessageId())
        .isNotEqualTo(outbox.add("*", "text/plain", "a").clientMessageId());
  }

  @Test
  void onlyTheOldestGoesOutAndTheNextWaitsUntilItIsAnswered() {
    Outbox outbox = new Outbox();
    PendingSend first = outbox.add("*", "text/plain", "1");
    PendingSend second = outbox.add("*", "text/plain", "2");
    assertThat(outbox.next()).contains(first);
    first.inFlight(true);
    assertThat(outbox.next()).as("the first is on the wire").isEmpty();
    first.inFlight(false);
    first.held(true);
    assertThat(outbox.next()).as("the first waits to be sent again").isEmpty();
    first.held(false);
    assertThat(outbox.next()).contains(first);
    outbox.remove(first);
    assertThat(outbox.next()).contains(second);
    assertThat(outbox.all()).containsExactly(second);
  }
}
