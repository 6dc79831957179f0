package org.mplp.spec.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mplp.spec.model.ErrorCode;

/**
 * Numbers no model member can hold, in valid frames otherwise: each is a schema violation at its
 * member, in both bindings, never a fault of the decoder (issue 18, item 4; REQ-ERROR-006, 007).
 */
class PathologicalNumbersTest {

  private static final String BEYOND_64_BITS = "99999999999999999999999";

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource({
    "welcome.json, maxFrameBytes, " + BEYOND_64_BITS + ", /limits/maxFrameBytes",
    "welcome.json, maxFrameBytes, 2147483648, /limits/maxFrameBytes",
    "welcome.json, maxFileBytes, " + BEYOND_64_BITS + ", /limits/maxFileBytes",
    "welcome.json, spoolQuotaBytes, 9007199254740992, /limits/spoolQuotaBytes",
    "message.json, seq, " + BEYOND_64_BITS + ", /seq",
    "welcome.json, lockoutSeconds, 1e99999, /limits/lockoutSeconds",
    "set-receive.json, receive, 1e99999, /receive",
    "set-receive.json, receive, -1e99999, /receive",
  })
  void aJsonNumberBeyondTheModelIsASchemaViolationAtItsMember(
      String example, String member, String number, String pointer) throws IOException {
    String json =
        example(example)
            .replaceFirst(
                "\"" + member + "\": (\"[a-z]+\"|[0-9]+)", "\"" + member + "\": " + number);
    assertThat(json).contains(number);

    assertViolation(Binding.JSON, json, pointer);
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource({
    "welcome.xml, maxFrameBytes, " + BEYOND_64_BITS + ", /welcome/limits[1]/maxFrameBytes[1]",
    "welcome.xml, maxFrameBytes, 2147483648, /welcome/limits[1]/maxFrameBytes[1]",
    "welcome.xml, maxFileBytes, " + BEYOND_64_BITS + ", /welcome/limits[1]/maxFileBytes[1]",
    "message.xml, seq, " + BEYOND_64_BITS + ", /message/seq[1]",
    "welcome.xml, lockoutSeconds, 1e99999, /welcome/limits[1]/lockoutSeconds[1]",
  })
  void anXmlNumberBeyondTheModelIsASchemaViolationAtItsElement(
      String example, String element, String number, String path) throws IOException {
    String xml =
        example(example)
            .replaceFirst(
                "<" + element + ">[0-9]+</" + element + ">",
                "<" + element + ">" + number + "</" + element + ">");
    assertThat(xml).contains(number);

    assertViolation(Binding.XML, xml, path);
  }

  @org.junit.jupiter.api.Test
  void everyIntegerMemberOfEverySchemaHasAMaximumTheModelCanHold() throws Exception {
    java.nio.file.Path schemas =
        java.nio.file.Path.of(
            PathologicalNumbersTest.class.getResource("/org/mplp/spec/json").toURI());
    java.util.List<String> unbounded = new java.util.ArrayList<>();
    try (var files = java.nio.file.Files.list(schemas)) {
      for (java.nio.file.Path schema : files.toList()) {
        collectUnbounded(
            JsonFrameCodec.MAPPER.readTree(schema.toFile()), schema.getFileName() + "#", unbounded);
      }
    }
    assertThat(unbounded).as("integer members without a maximum within 2^53 - 1").isEmpty();
  }

  private static void collectUnbounded(
      com.fasterxml.jackson.databind.JsonNode node, String where, java.util.List<String> found) {
    if (node.isObject()) {
      if ("integer".equals(node.path("type").asText())
          && !(node.path("maximum").canConvertToLong()
              && node.path("maximum").asLong() <= 9_007_199_254_740_991L)) {
        found.add(where);
      }
      node.properties()
          .forEach(e -> collectUnbounded(e.getValue(), where + "/" + e.getKey(), found));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUnbounded(node.get(i), where + "/" + i, found);
      }
    }
  }

  private static void assertViolation(Binding binding, String text, String location) {
    Throwable thrown = catchThrowable(() -> FrameCodec.forBinding(binding).decode(text));
    assertThat(thrown).as("decoding %s", text).isInstanceOf(FrameDecodeException.class);
    FrameDecodeException e = (FrameDecodeException) thrown;
    assertThat(e.errorCode()).isEqualTo(ErrorCode.SCHEMA_VIOLATION);
    assertThat(e.location()).isEqualTo(location);
  }

  private static String example(String name) throws IOException {
    try (InputStream in =
        PathologicalNumbersTest.class.getResourceAsStream("/org/mplp/spec/examples/" + name)) {
      assertThat(in).as("example %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
