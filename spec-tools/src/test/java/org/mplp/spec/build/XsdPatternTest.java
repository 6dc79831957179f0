package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XsdPatternTest {

  @Test
  void dropsTheAnchorsAndEscapesAHyphenAtTheEndOfAClass() {
    assertThat(XsdPattern.of("x", "^[A-Za-z0-9._:-]{1,64}$")).isEqualTo("[A-Za-z0-9._:\\-]{1,64}");
    assertThat(XsdPattern.of("x", "^[0-9]{1,3}\\.[0-9]{1,3}$"))
        .isEqualTo("[0-9]{1,3}\\.[0-9]{1,3}");
  }

  @Test
  void spellsOutShorthandsWhoseXsdMeaningIsWider() {
    assertThat(XsdPattern.of("x", "^\\d+[\\w]$")).isEqualTo("[0-9]+[A-Za-z0-9_]");
  }

  @Test
  void turnsNonCapturingGroupsIntoGroupsAndDropsLaziness() {
    assertThat(XsdPattern.of("x", "^(?:PC|MP)-a+?$")).isEqualTo("(PC|MP)-a+");
  }

  @Test
  void writesAUnicodeEscapeAsItsCharacter() {
    assertThat(XsdPattern.of("x", "^\\u0041\\u002e$")).isEqualTo("A\\.");
  }

  @Test
  void refusesWhatXsdCannotSay() {
    assertThatThrownBy(() -> XsdPattern.of("send/to", "[a-z]+"))
        .hasMessageContaining("send/to")
        .hasMessageContaining("anchored");
    assertThatThrownBy(() -> XsdPattern.of("x", "^(?=a)a$")).hasMessageContaining("look-around");
    assertThatThrownBy(() -> XsdPattern.of("x", "^a\\bb$")).hasMessageContaining("\\b");
  }
}
