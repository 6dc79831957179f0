package org.mplp.conformance.driver;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two encodings of MPLP frames and their WebSocket subprotocols (spec: Transport). */
public enum Binding {
  JSON("json", "mplp.1.json"),
  XML("xml", "mplp.1.xml");

  private final String wireName;
  private final String subprotocol;

  Binding(String wireName, String subprotocol) {
    this.wireName = wireName;
    this.subprotocol = subprotocol;
  }

  /** The name used in the discovery document and on the command line. */
  public String wireName() {
    return wireName;
  }

  public String subprotocol() {
    return subprotocol;
  }

  public static Optional<Binding> forName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(b -> b.wireName.equals(wanted)).findFirst();
  }
}
