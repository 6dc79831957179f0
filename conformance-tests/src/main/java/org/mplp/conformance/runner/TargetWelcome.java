package org.mplp.conformance.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.driver.Connection;
import org.mplp.conformance.driver.DriverException;
import org.mplp.conformance.driver.FrameWriter;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.Terminal;
import org.mplp.conformance.driver.Transcript;
import org.mplp.conformance.driver.Upgrade;
import org.mplp.conformance.driver.WireEvent;
import org.mplp.conformance.report.RunContext.Implementation;

/**
 * Before the scenarios: one hello in a binding the target offers, to name the implementation in the
 * reports (the welcome's server name and version). It judges nothing; the scenarios do.
 */
final class TargetWelcome {
  private TargetWelcome() {}

  static Optional<Implementation> read(URI target, Binding binding, Duration timeout) {
    Transcript transcript = new Transcript();
    Upgrade upgrade;
    try {
      upgrade =
          // Unpaced: one hello, whatever the target's frame rate.
          Connection.open(
              "preflight", target, List.of(binding.subprotocol()), binding, transcript, timeout, 0);
    } catch (DriverException e) {
      return Optional.empty();
    }
    if (!upgrade.accepted()) {
      return Optional.empty();
    }
    try (Connection c = upgrade.connection()) {
      c.send(
          FrameWriter.forBinding(binding)
              .write(Frames.hello("preflight-1", List.of(Terminal.CLIENT_VERSION))));
      if (c.next(timeout) instanceof WireEvent.Frame f && f.frame().is("welcome")) {
        JsonNode server = f.frame().body().path("server");
        if (server.path("name").isTextual() && server.path("version").isTextual()) {
          return Optional.of(
              new Implementation(server.path("name").asText(), server.path("version").asText()));
        }
      }
      return Optional.empty();
    }
  }
}
