package org.mplp.spec.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The enum the implementations use and the registry the spec publishes say the same thing. */
class ErrorCodeTest {

  @Test
  void enumMatchesThePublishedRegistry() throws Exception {
    JsonNode registry;
    try (InputStream in = getClass().getResourceAsStream("/org/mplp/spec/error-codes.json")) {
      registry = new ObjectMapper().readTree(in).get("errors");
    }
    Map<String, Integer> published =
        StreamSupport.stream(registry.spliterator(), false)
            .collect(
                Collectors.toMap(e -> e.get("code").asText(), e -> e.path("closeCode").asInt(0)));
    Map<String, Integer> implemented =
        Arrays.stream(ErrorCode.values())
            .collect(Collectors.toMap(ErrorCode::code, ErrorCode::closeCode));

    assertThat(implemented).isEqualTo(published);
    for (JsonNode entry : registry) {
      boolean fatal = entry.get("fatal").asBoolean();
      assertThat(entry.has("closeCode"))
          .as(entry.get("code") + ": fatal iff closeCode")
          .isEqualTo(fatal);
    }
  }
}
