package org.mplp.conformance.client.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  private final Placeholders placeholders =
      new Placeholders(
          Map.of("to", "235683-PC-1", "body", "Hi {there}", "empty", ""),
          Map.of("cli", "{home}/bin/c", "home", "/opt/c", "loop", "{loop}", "none", ""),
          name -> name.equals("HOME") ? "/home/u" : null);

  @Test
  void fillsKitValuesVariablesAndTheEnvironment() throws Exception {
    assertThat(placeholders.resolve(List.of("{cli}", "--to={to}", "{body}", "{env:HOME}/x")))
        .containsExactly("/opt/c/bin/c", "--to=235683-PC-1", "Hi {there}", "/home/u/x");
  }

  @Test
  void anArgumentThatIsOneEmptyPlaceholderIsLeftOut() throws Exception {
    assertThat(placeholders.resolve(List.of("a", "{none}", "{empty}", "b{none}")))
        .containsExactly("a", "b");
  }

  @Test
  void anUndefinedOrSelfReferringPlaceholderIsAnError() {
    assertThatThrownBy(() -> placeholders.resolve(List.of("{nothing}")))
        .hasMessageContaining("{nothing}");
    assertThatThrownBy(() -> placeholders.resolve(List.of("{env:NOPE}")))
        .hasMessageContaining("NOPE");
    assertThatThrownBy(() -> placeholders.resolve(List.of("{loop}")))
        .hasMessageContaining("refers to itself");
  }
}
