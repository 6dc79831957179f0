package org.mplp.spec.model;

import java.util.List;

/** The document served at {@code /.well-known/mplp} (spec: Transport, Discovery). */
public record DiscoveryDocument(
    String protocol,
    List<String> versions,
    String endpoint,
    List<BindingEntry> bindings,
    List<String> profiles,
    Limits limits) {

  public static final String PATH = "/.well-known/mplp";
  public static final String PROTOCOL = "MPLP";

  public DiscoveryDocument {
    versions = List.copyOf(versions);
    bindings = List.copyOf(bindings);
    profiles = List.copyOf(profiles);
  }

  /** One binding the server speaks and the WebSocket subprotocol that selects it. */
  public record BindingEntry(String name, String subprotocol) {}
}
