package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one run of the scenarios in one binding needs to know about its target. The runner installs
 * it before it launches the scenarios; Cucumber creates the step objects, so they fetch it here.
 *
 * @param target the WebSocket URL of the control channel
 * @param httpBase where the discovery document is fetched from
 * @param discovery the discovery document the runner fetched (never null)
 * @param accounts where scenarios get fresh test accounts
 * @param restartCommand the user's way to crash and restart the target ({@code --restart-command}),
 *     run with a shell; null when none was given, and then what only a crash shows is not verified
 */
public record RunSettings(
    URI target,
    URI httpBase,
    Binding binding,
    Duration timeout,
    JsonNode discovery,
    AccountSource accounts,
    String restartCommand) {
  private static volatile RunSettings current;

  public static void install(RunSettings settings) {
    current = settings;
  }

  /** The run's settings, or empty outside a run (the driver's own tests). */
  static java.util.Optional<RunSettings> installed() {
    return java.util.Optional.ofNullable(current);
  }

  public static RunSettings current() {
    RunSettings s = current;
    if (s == null) {
      throw new DriverException(
          "No run settings: start the scenarios through org.mplp.conformance.runner"
              + ".ConformanceMain, which fetches the discovery document first.");
    }
    return s;
  }

  /** The profiles the target's discovery document claims. */
  public Set<String> profiles() {
    Set<String> profiles = new LinkedHashSet<>();
    discovery.path("profiles").forEach(p -> profiles.add(p.asText()));
    return profiles;
  }

  /** A limit the discovery document advertises, or {@code fallback} when it lacks it. */
  public int limit(String name, int fallback) {
    return discovery.path("limits").path(name).asInt(fallback);
  }

  /** How long to wait for what the spec bounds, with the run's --timeout for the network. */
  public Waits waits() {
    return new Waits(timeout);
  }

  /** The frames a connection may send a second, as the target advertises; 0 when it does not. */
  public int framesPerSecond() {
    return limit("maxFramesPerSecond", 0);
  }

  /** The control channel's host and port over HTTP(S): where discovery must be served. */
  public URI controlChannelHttp() {
    String scheme = "wss".equalsIgnoreCase(target.getScheme()) ? "https" : "http";
    return URI.create(scheme + "://" + target.getRawAuthority());
  }

  /** The WebSocket URL of a path on the target's host and port. */
  public URI onTarget(String path) {
    return URI.create(target.getScheme() + "://" + target.getRawAuthority() + path);
  }
}
