package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The kit's own copy of the error registry agrees with the spec's error-codes.json. */
class ErrorRegistryTest {
  @Test
  void everyRegisteredCodeHasItsCloseCode() throws IOException {
    JsonNode errors =
        new ObjectMapper().readTree(SpecResources.read(SpecResources.BASE + "error-codes.json"));
    assertThat(errors.path("errors")).isNotEmpty();
    for (JsonNode e : errors.path("errors")) {
      String code = e.path("code").asText();
      assertThat(ErrorRegistry.registered(code)).as(code).isTrue();
      assertThat(ErrorRegistry.fatal(code)).as(code).isEqualTo(e.path("fatal").asBoolean());
      if (e.has("closeCode")) {
        assertThat(ErrorRegistry.closeCode(code)).as(code).contains(e.path("closeCode").asInt());
      }
    }
    assertThat(ErrorRegistry.registered("teleport-failed")).isFalse();
  }
}
