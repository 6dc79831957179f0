package org.mplp.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ErrorTextsTest {
  @Test
  void everyCodeOfTheRegistryHasItsOwnExplanation() throws Exception {
    JsonNode registry;
    try (InputStream in = getClass().getResourceAsStream("/org/mplp/spec/error-codes.json")) {
      registry = new ObjectMapper().readTree(in);
    }
    assertThat(registry.get("errors").size()).isPositive();
    for (JsonNode error : registry.get("errors")) {
      String code = error.get("code").asText();
      assertThat(ErrorTexts.explain(code))
          .as(code)
          .doesNotContain("missing from this client")
          .isNotBlank();
    }
  }

  @Test
  void anUnregisteredCodeIsNamed() {
    assertThat(ErrorTexts.explain("x-new")).contains("x-new");
  }
}
