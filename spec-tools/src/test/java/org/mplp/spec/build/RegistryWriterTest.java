package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryWriterTest {

  @Test
  void writesTheContractFormat() throws IOException {
    List<Requirement> spec =
        List.of(
            new Requirement(
                "REQ-TRANSPORT-003",
                Level.MUST,
                "Transport > Frames",
                "A server MUST answer.",
                List.of("S21"),
                "transport.adoc:9"),
            new Requirement(
                "REQ-ERROR-011",
                Level.MUST_NOT,
                "Errors",
                "A client MUST NOT x.",
                List.of(),
                "e:1"));

    JsonNode registry = new ObjectMapper().readTree(RegistryWriter.json(spec));

    assertThat(registry.get("requirements")).hasSize(2);
    assertThat(registry.get("requirements").get(0))
        .isEqualTo(
            new ObjectMapper()
                .readTree(
                    "{\"id\":\"REQ-TRANSPORT-003\",\"level\":\"MUST\",\"party\":\"server\","
                        + "\"section\":\"Transport > Frames\","
                        + "\"text\":\"A server MUST answer.\",\"embodiment\":[\"S21\"]}"));
    assertThat(registry.get("requirements").get(1).get("level").asText()).isEqualTo("MUST NOT");
    assertThat(registry.get("requirements").get(1).get("embodiment")).isEmpty();
    assertThat(registry.get("requirements").get(1).get("party").asText()).isEqualTo("client");
  }
}
