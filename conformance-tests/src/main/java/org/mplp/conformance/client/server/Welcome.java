package org.mplp.conformance.client.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.driver.SpecResources;

/**
 * The kit's discovery document and welcome: the spec's example limits, the one binding under test,
 * no profiles.
 */
final class Welcome {
  static final String ENDPOINT = "/mplp";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode EXAMPLE = example();

  private Welcome() {}

  static ObjectNode discovery(Binding binding) {
    ObjectNode d = EXAMPLE.deepCopy();
    d.put("endpoint", ENDPOINT);
    d.putArray("bindings")
        .addObject()
        .put("name", binding.wireName())
        .put("subprotocol", binding.subprotocol());
    d.putArray("profiles");
    return d;
  }

  static ObjectNode answer(String helloId) {
    ObjectNode w = ServerFrames.frame("welcome", helloId).put("version", "1.0");
    w.putObject("server").put("name", "mplp-conformance-kit").put("version", "1");
    w.putArray("profiles");
    w.set("limits", EXAMPLE.path("limits").deepCopy());
    return w;
  }

  private static JsonNode example() {
    try {
      return JSON.readTree(SpecResources.read(SpecResources.EXAMPLES + "discovery.json"));
    } catch (IOException e) {
      throw new IllegalStateException("the spec's discovery example does not parse", e);
    }
  }
}
