package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Rfc2119KeywordsTest {

  @Test
  void readsMustNotAsOneKeyword() {
    assertThat(Rfc2119Keywords.in("A server MUST NOT close it, and MUST\n  NOT forget."))
        .containsExactly("MUST NOT", "MUST NOT");
  }

  @Test
  void findsEveryKeywordInOrder() {
    assertThat(Rfc2119Keywords.in("It SHOULD, it MAY, it SHALL, it is REQUIRED and OPTIONAL."))
        .containsExactly("SHOULD", "MAY", "SHALL", "REQUIRED", "OPTIONAL");
  }

  @Test
  void ignoresCodeSpansLowercaseAndIds() {
    assertThat(
            Rfc2119Keywords.in(
                "The words `MUST` and ``MAY`` are keywords; a client must see REQ-MAY-001 and MUSTARD."))
        .isEmpty();
  }
}
