package org.mplp.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.mplp.server.ServerDescription;
import org.mplp.spec.binding.Binding;

/** Renders the discovery document (spec: Transport > Discovery) of a server description. */
public final class DiscoveryDocumentJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DiscoveryDocumentJson() {}

  /** UTF-8 JSON, members in the order of discovery.schema.json. */
  public static byte[] render(ServerDescription description) {
    ObjectNode document = MAPPER.createObjectNode();
    document.put("protocol", "MPLP");
    ArrayNode versions = document.putArray("versions");
    description.versions().forEach(versions::add);
    document.put("endpoint", description.endpoint());
    ArrayNode bindings = document.putArray("bindings");
    for (Binding binding : description.bindings()) {
      bindings
          .addObject()
          .put("name", binding.wireName())
          .put("subprotocol", binding.subprotocol());
    }
    ArrayNode profiles = document.putArray("profiles");
    description.profiles().forEach(profiles::add);
    document
        .putObject("limits")
        .put("maxFrameBytes", description.limits().maxFrameBytes())
        .put("maxFramesPerSecond", description.limits().maxFramesPerSecond())
        .put("helloTimeoutSeconds", description.limits().helloTimeoutSeconds());
    return document.toString().getBytes(StandardCharsets.UTF_8);
  }
}
