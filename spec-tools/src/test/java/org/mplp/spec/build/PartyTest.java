package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyTest {

  @Test
  void theSubjectBeforeTheKeywordNamesTheParty() {
    assertThat(Party.ofSentence("A receiving client MUST NOT overwrite a file."))
        .isEqualTo(Party.CLIENT);
    assertThat(Party.ofSentence("A client SHOULD act on the code.")).isEqualTo(Party.CLIENT);
    assertThat(Party.ofSentence("A server MUST answer a client's hello.")).isEqualTo(Party.SERVER);
    assertThat(Party.ofSentence("After a client acks, a server MUST send delivered."))
        .isEqualTo(Party.SERVER);
    assertThat(Party.ofSentence("The `permission` of a transfer MUST be the least."))
        .isEqualTo(Party.SERVER);
  }

  @Test
  void codeSpansDoNotCount() {
    assertThat(Party.ofSentence("The `client` member MUST be set.")).isEqualTo(Party.SERVER);
  }

  @Test
  void theAttributeNamesAParty() {
    assertThat(Party.named("client")).contains(Party.CLIENT);
    assertThat(Party.named(" Server ")).contains(Party.SERVER);
    assertThat(Party.named("both")).isEmpty();
  }
}
