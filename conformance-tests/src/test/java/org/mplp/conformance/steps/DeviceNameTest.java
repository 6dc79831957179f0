package org.mplp.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceNameTest {
  @Test
  void aDeviceIsTheSameHoweverItIsIntroduced() {
    assertThat(DeviceName.parse("a PC", "A")).isEqualTo(DeviceName.parse("the first PC", "A"));
    assertThat(DeviceName.parse("the PC", "A").key()).isEqualTo("PC");
    assertThat(DeviceName.parse("a PC of account A", "B").key()).isEqualTo("PC");
  }

  @Test
  void theTerminalTypeFollowsFromTheName() {
    assertThat(DeviceName.parse("a second phone", "A").type()).isEqualTo("MP");
    assertThat(DeviceName.parse("a web browser", "A").type()).isEqualTo("WEB");
    assertThat(DeviceName.parse("the tablet", "A").type()).isEqualTo("PAD");
    assertThat(DeviceName.parse("a device of type XCAR", "A").type()).isEqualTo("XCAR");
  }

  @Test
  void devicesOfAnotherAccountAreOtherDevices() {
    DeviceName b = DeviceName.parse("the PC of account B", "A");
    assertThat(b.account()).isEqualTo("B");
    assertThat(b.key()).isEqualTo("PC of account B");
    assertThat(b.idPrefix()).isEqualTo("pc-b-");
    assertThat(DeviceName.parse("a PC", "B")).isEqualTo(b);
  }

  @Test
  void thePhraseMatchesWhatStepsSay() {
    for (String phrase :
        new String[] {"a PC", "the second PC", "a phone of account B", "a device of type XCAR"}) {
      assertThat(phrase).matches(DeviceName.PHRASE);
    }
    assertThat("the first client").doesNotMatch(DeviceName.PHRASE);
  }
}
