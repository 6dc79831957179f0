package org.mplp.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mplp.spec.binding.Binding;

class SubprotocolNegotiationTest {

  private static final Set<Binding> BOTH = EnumSet.allOf(Binding.class);

  @Test
  void tokensOfAllHeaderLinesAreReadInOrder() {
    assertThat(SubprotocolNegotiation.offered(List.of("chat, mplp.1.xml", " mplp.1.json ,,")))
        .containsExactly("chat", "mplp.1.xml", "mplp.1.json");
  }

  @Test
  void theClientsFirstSupportedChoiceWins() {
    assertThat(SubprotocolNegotiation.choose(List.of("mplp.1.xml", "mplp.1.json"), BOTH))
        .contains(Binding.XML);
    assertThat(SubprotocolNegotiation.choose(List.of("chat", "mplp.1.json", "mplp.1.xml"), BOTH))
        .contains(Binding.JSON);
  }

  @Test
  void aBindingTheServerDoesNotOfferIsSkipped() {
    assertThat(
            SubprotocolNegotiation.choose(
                List.of("mplp.1.xml", "mplp.1.json"), EnumSet.of(Binding.JSON)))
        .contains(Binding.JSON);
    assertThat(SubprotocolNegotiation.choose(List.of("mplp.1.xml"), EnumSet.of(Binding.JSON)))
        .isEmpty();
  }

  @Test
  void nothingOfferedOrNothingKnownChoosesNothing() {
    assertThat(SubprotocolNegotiation.choose(List.of(), BOTH)).isEmpty();
    assertThat(SubprotocolNegotiation.choose(List.of("mplp.2.json", "MPLP.1.JSON"), BOTH))
        .isEmpty();
  }

  @Test
  void theRefusalListsWhatIsSupported() {
    assertThat(SubprotocolNegotiation.describe(BOTH)).isEqualTo("mplp.1.json, mplp.1.xml");
  }
}
