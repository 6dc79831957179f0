package org.mplp.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageKeysTest {

  @Test
  void aKeyGivesBackItsIntendedTimeAndAnotherRunsKeyGivesNone() {
    MessageKeys keys = new MessageKeys();
    String key = keys.key(123_456_789_012L);
    assertThat(key).matches("^[A-Za-z0-9._:-]{1,64}$");
    assertThat(keys.intendedNanos(key)).isEqualTo(123_456_789_012L);
    assertThat(keys.intendedNanos(new MessageKeys().key(5))).isEqualTo(-1);
  }
}
