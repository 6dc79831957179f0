package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.conformance.report.ScenarioResult;
import org.mplp.conformance.report.Verdict;

class ExpectedFailuresTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

  @TempDir Path dir;

  private static ScenarioResult result(String name, String... tags) {
    return ScenarioResult.of(
        name, "f", "features/x.feature:3", List.of(tags), "json", Verdict.FAILED, "", "", 0);
  }

  private static ExpectedFailures parse(String json) throws Exception {
    JsonNode root = new ObjectMapper().readTree(json);
    return ExpectedFailures.parse(root, "gaps.json", TODAY);
  }

  @Test
  void entriesNameARequirementOrAScenarioWithAReasonALinkAndAnExpiry() throws Exception {
    ExpectedFailures expected =
        parse(
            """
            {"expectedFailures": [
              {"id": "REQ-LIMIT-003", "reason": "no rate limit yet",
               "link": "https://tracker.example/issues/7", "expires": "2026-12-31"},
              {"id": "A ping is answered with a pong", "reason": "pongs are late"},
              {"id": "REQ-OPEN-099", "reason": "never matches"}
            ]}""");
    ScenarioResult bursts = expected.apply(result("Bursts", "@REQ-LIMIT-003"));
    assertThat(bursts.expectedFailure().reason()).isEqualTo("no rate limit yet");
    assertThat(bursts.expectedFailure().link()).isEqualTo("https://tracker.example/issues/7");
    assertThat(bursts.expectedFailure().expires()).isEqualTo(LocalDate.parse("2026-12-31"));
    assertThat(
            expected
                .apply(result("A ping is answered with a pong", "@REQ-OPEN-008"))
                .expectedFailure()
                .reason())
        .isEqualTo("pongs are late");
    assertThat(expected.apply(result("Other", "@REQ-OPEN-001")).expected()).isFalse();
    assertThat(expected.unused()).containsExactly("REQ-OPEN-099");
    assertThat(expected.expired()).isEmpty();
  }

  @Test
  void anExpiredEntryExcusesNothingAndIsReported() throws Exception {
    ExpectedFailures expected =
        parse(
            """
            {"expectedFailures": [
              {"id": "REQ-LIMIT-003", "reason": "no rate limit yet", "expires": "2026-05-31"}
            ]}""");
    assertThat(expected.apply(result("Bursts", "@REQ-LIMIT-003")).expected()).isFalse();
    assertThat(expected.expired()).extracting(e -> e.id()).containsExactly("REQ-LIMIT-003");
    assertThat(expected.unused()).isEmpty();
  }

  @Test
  void badEntriesAreRefusedWithWhereAndWhy() {
    assertThatThrownBy(() -> parse("{\"expectedFailures\": [{\"id\": \"REQ-OPEN-001\"}]}"))
        .hasMessage("gaps.json entry 1: \"reason\" is required");
    assertThatThrownBy(
            () ->
                parse(
                    "{\"expectedFailures\": [{\"id\": \"REQ-OPEN-001\", \"reason\": \"r\","
                        + " \"expires\": \"next week\"}]}"))
        .hasMessageContaining("entry 1: \"expires\" must be a date like 2027-06-30");
    assertThatThrownBy(
            () -> parse("{\"expectedFailures\": [{\"id\": \"REQ-OPEN-1\", \"reason\": \"r\"}]}"))
        .hasMessageContaining("looks like a requirement id but is not one");
    assertThatThrownBy(
            () ->
                parse(
                    "{\"expectedFailures\": [{\"id\": \"x\", \"reason\": \"r\", \"url\": \"u\"}]}"))
        .hasMessageContaining("unknown member \"url\"");
    assertThatThrownBy(
            () ->
                parse(
                    "{\"expectedFailures\": [{\"id\": \"x\", \"reason\": \"r\", \"link\":"
                        + " \"tracker\"}]}"))
        .hasMessageContaining("\"link\" must be an absolute URL");
    assertThatThrownBy(() -> parse("[]")).hasMessageContaining("must be a JSON object");
  }

  @Test
  void aFileThatIsNotJsonSaysSo() throws Exception {
    Path file = dir.resolve("gaps.txt");
    Files.writeString(file, "REQ-LIMIT-003  no rate limit yet\n");
    assertThatThrownBy(() -> ExpectedFailures.read(file, TODAY))
        .hasMessageContaining("is not a JSON file");
  }
}
