package org.mplp.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.mplp.server.ServerConfig;
import org.mplp.server.ServerDescription;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.model.Limits;

class DiscoveryDocumentJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The discovery schema as shipped in the spec jar; $refs resolve beside it. */
  static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(SchemaLocation.of("classpath:org/mplp/spec/json/discovery.schema.json"));

  private static JsonNode render(ServerConfig config) throws IOException {
    return MAPPER.readTree(DiscoveryDocumentJson.render(ServerDescription.of(config)));
  }

  @Test
  void theDefaultServerServesTheSpecsExample() throws IOException {
    JsonNode example;
    try (InputStream in =
        getClass().getResourceAsStream("/org/mplp/spec/examples/discovery.json")) {
      example = MAPPER.readTree(in);
    }
    assertThat(render(ServerConfig.defaults())).isEqualTo(example);
  }

  @Test
  void theDocumentValidatesAgainstItsSchema() throws IOException {
    assertThat(SCHEMA.validate(render(ServerConfig.defaults()))).isEmpty();
  }

  @Test
  void configuredLimitsAndBindingsAreAdvertised() throws IOException {
    JsonNode document =
        render(
            ServerConfig.defaults()
                .withLimits(
                    new Limits(
                        8192, 7, 3, 16, 16, 5, 60, 1024, 10_000, 8L << 30, 1_000, 16, 600, 86_400,
                        32L << 30, 20, 100, 256, 10, 15, 604_800, 32L << 30))
                .withBindings(EnumSet.of(Binding.JSON)));
    assertThat(SCHEMA.validate(document)).isEmpty();
    assertThat(document.at("/limits/maxFrameBytes").asInt()).isEqualTo(8192);
    assertThat(document.at("/limits/maxFramesPerSecond").asInt()).isEqualTo(7);
    assertThat(document.at("/limits/helloTimeoutSeconds").asInt()).isEqualTo(3);
    assertThat(document.get("bindings")).hasSize(1);
    assertThat(document.at("/bindings/0/subprotocol").asText()).isEqualTo("mplp.1.json");
  }
}
