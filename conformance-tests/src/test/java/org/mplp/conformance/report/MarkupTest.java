package org.mplp.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void requirementSentencesShowCodeSpansAsCodeAndEscapeTheRest() {
    assertThat(Markup.sentence("A server MUST answer `GET /a<b>` & `ping`."))
        .isEqualTo("A server MUST answer <code>GET /a&lt;b&gt;</code> &amp; <code>ping</code>.");
  }

  @Test
  void aLoneBacktickStaysText() {
    assertThat(Markup.sentence("one ` tick")).isEqualTo("one ` tick");
  }
}
