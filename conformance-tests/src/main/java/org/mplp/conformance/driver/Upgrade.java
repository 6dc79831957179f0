package org.mplp.conformance.driver;

import java.util.List;

/**
 * The outcome of a WebSocket upgrade: an open connection, or a refusal with the HTTP status (or -1
 * when no HTTP answer arrived, with the reason in {@code failure}).
 */
public record Upgrade(
    List<String> offered, Connection connection, int refusedStatus, String failure) {

  public boolean accepted() {
    return connection != null;
  }

  public String describe() {
    if (accepted()) {
      String chosen = connection.subprotocol();
      return "the upgrade was accepted"
          + (chosen.isEmpty() ? " without a subprotocol" : " with subprotocol " + chosen);
    }
    return refusedStatus > 0
        ? "the upgrade was refused with HTTP status " + refusedStatus
        : "the upgrade failed: " + failure;
  }
}
