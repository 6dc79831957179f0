package org.mplp.spec.binding;

import java.util.Arrays;
import java.util.Optional;

/** A binding and the WebSocket subprotocol token that selects it (spec: Transport). */
public enum Binding {
  JSON("json", "mplp.1.json"),
  XML("xml", "mplp.1.xml");

  private final String wireName;
  private final String subprotocol;

  Binding(String wireName, String subprotocol) {
    this.wireName = wireName;
    this.subprotocol = subprotocol;
  }

  /** The name used in the discovery document. */
  public String wireName() {
    return wireName;
  }

  public String subprotocol() {
    return subprotocol;
  }

  public static Optional<Binding> forSubprotocol(String token) {
    return Arrays.stream(values()).filter(b -> b.subprotocol.equals(token)).findFirst();
  }
}
