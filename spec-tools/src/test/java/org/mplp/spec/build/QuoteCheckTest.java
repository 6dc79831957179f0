package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteCheckTest {
  private static final Requirement PONG =
      new Requirement(
          "REQ-OPEN-008",
          Level.MUST,
          "Opening",
          "A server MUST answer a ping with a pong whose `replyTo` is the ping's id.",
          List.of(),
          "opening.adoc:9");

  @TempDir Path features;

  @Test
  void aQuoteWrappedOverSeveralCommentLinesMatches() throws IOException {
    feature(
        """
          # REQ-OPEN-008: A server MUST answer a ping with a pong whose `replyTo` is the
          # ping's id.
          # (A remark after the quote is not part of it.)
        """);

    assertThat(QuoteCheck.check(List.of(PONG), ScenarioIndex.read(features))).isEmpty();
  }

  @Test
  void aQuoteThatNoLongerSaysWhatTheSpecSaysFails() throws IOException {
    feature(
        """
          # REQ-OPEN-008: A server MUST answer a ping with a pong.
        """);

    List<BuildFault> faults = QuoteCheck.check(List.of(PONG), ScenarioIndex.read(features));

    assertThat(faults).hasSize(1);
    assertThat(faults.get(0).toString())
        .contains("sample.feature:3", "quotes REQ-OPEN-008", "but the spec says");
  }

  @Test
  void aQuoteOfAnUnknownRequirementFails() throws IOException {
    feature(
        """
          # REQ-OPEN-099: A server MUST do what no requirement says.
        """);

    assertThat(QuoteCheck.check(List.of(PONG), ScenarioIndex.read(features)))
        .extracting(BuildFault::toString)
        .singleElement()
        .asString()
        .contains("REQ-OPEN-099, which the spec does not have");
  }

  private void feature(String quote) throws IOException {
    Files.writeString(
        features.resolve("sample.feature"),
        "Feature: sample\n\n"
            + quote
            + "  @REQ-OPEN-008 @must\n"
            + "  Scenario: a ping\n"
            + "    Given a client\n");
  }
}
