package org.mplp.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.model.Limits;
import org.mplp.spec.model.ProtocolVersions;
import org.mplp.spec.model.ServerInfo;

/**
 * What the server tells clients about itself, in the discovery document and in welcome; one value
 * feeds both so that they cannot disagree (REQ-OPEN-003).
 */
public record ServerDescription(
    ServerInfo server,
    List<String> versions,
    String endpoint,
    Set<Binding> bindings,
    List<String> profiles,
    Limits limits) {

  /** Path of the WebSocket control channel. */
  public static final String ENDPOINT = "/mplp";

  /** Path of the discovery document. */
  public static final String DISCOVERY_PATH = "/.well-known/mplp";

  public static final String SERVER_NAME = "mplp-reference-server";

  /** The profile of account creation over HTTP (spec: Provisioning profile). */
  public static final String PROVISIONING = "provisioning";

  public ServerDescription {
    versions = List.copyOf(versions);
    // Enum order, JSON first: the discovery document lists the mandatory binding first.
    bindings = Collections.unmodifiableSet(EnumSet.copyOf(bindings));
    profiles = List.copyOf(profiles);
  }

  /** This server: version 1.0 only; the profile provisioning when configured. */
  public static ServerDescription of(ServerConfig config) {
    return new ServerDescription(
        new ServerInfo(SERVER_NAME, implementationVersion()),
        List.of(ProtocolVersions.CURRENT),
        ENDPOINT,
        config.bindings(),
        config.provisioning() ? List.of(PROVISIONING) : List.of(),
        config.limits());
  }

  public boolean hasProfile(String profile) {
    return profiles.contains(profile);
  }

  /** The project version, filtered into server.properties by the build. */
  public static String implementationVersion() {
    try (InputStream in = ServerDescription.class.getResourceAsStream("server.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
