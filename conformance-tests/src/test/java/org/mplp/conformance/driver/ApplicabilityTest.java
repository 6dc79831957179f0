package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicabilityTest {
  @Test
  void coreScenariosAlwaysApply() {
    assertThat(
            Applicability.reasonNotApplicable(
                List.of("@REQ-OPEN-001", "@must", "@profile-core"), Binding.XML, Set.of()))
        .isEmpty();
  }

  @Test
  void anXmlScenarioDoesNotApplyInAJsonRun() {
    assertThat(Applicability.reasonNotApplicable(List.of("@binding-xml"), Binding.JSON, Set.of()))
        .get()
        .asString()
        .startsWith(Applicability.PREFIX)
        .contains("xml");
    assertThat(Applicability.reasonNotApplicable(List.of("@binding-xml"), Binding.XML, Set.of()))
        .isEmpty();
  }

  @Test
  void aProfileApplieOnlyWhenClaimed() {
    List<String> tags = List.of("@profile-provisioning");
    assertThat(Applicability.reasonNotApplicable(tags, Binding.JSON, Set.of())).isPresent();
    assertThat(Applicability.reasonNotApplicable(tags, Binding.JSON, Set.of("provisioning")))
        .isEmpty();
  }

  @Test
  void transcriptKeysAgreeBetweenCucumberAndJunitSources() {
    Transcripts.put(URI.create("classpath:features/opening/hello.feature"), 12, "t");
    assertThat(Transcripts.take("features/opening/hello.feature", 12)).isEqualTo("t");
    assertThat(Transcripts.take("features/opening/hello.feature", 12)).isEmpty();
  }
}
