package org.mplp.server.http;

import java.nio.charset.StandardCharsets;
import org.mplp.server.ServerDescription;
import org.mplp.spec.binding.DiscoveryJson;
import org.mplp.spec.model.DiscoveryDocument;

/** Renders the discovery document (spec: Transport > Discovery) of a server description. */
public final class DiscoveryDocumentJson {

  private DiscoveryDocumentJson() {}

  /** UTF-8 JSON in the shape of the spec's model, so the server cannot drift from the schema. */
  public static byte[] render(ServerDescription description) {
    DiscoveryDocument document =
        new DiscoveryDocument(
            DiscoveryDocument.PROTOCOL,
            description.versions(),
            description.endpoint(),
            description.bindings().stream()
                .map(b -> new DiscoveryDocument.BindingEntry(b.wireName(), b.subprotocol()))
                .toList(),
            description.profiles(),
            description.limits());
    return DiscoveryJson.encode(document).getBytes(StandardCharsets.UTF_8);
  }
}
