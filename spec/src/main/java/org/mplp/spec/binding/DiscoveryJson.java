package org.mplp.spec.binding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.mplp.spec.model.DiscoveryDocument;

/** The discovery document is JSON in every binding (spec: Transport, Discovery). */
public final class DiscoveryJson {
  public static final String MEDIA_TYPE = "application/json";

  private DiscoveryJson() {}

  public static String encode(DiscoveryDocument document) {
    try {
      return JsonFrameCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode the discovery document", e);
    }
  }

  /** Parses and validates a discovery document; the message says what is wrong with it. */
  public static DiscoveryDocument decode(String text) {
    try {
      JsonNode tree = JsonFrameCodec.MAPPER.readTree(text);
      var violation = JsonSchemas.firstViolation("discovery", tree);
      if (violation.isPresent()) {
        throw new IllegalArgumentException(
            "discovery document " + violation.get().pointer() + ": " + violation.get().message());
      }
      return JsonFrameCodec.MAPPER.treeToValue(tree, DiscoveryDocument.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("discovery document is not JSON", e);
    }
  }
}
