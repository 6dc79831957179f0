package org.mplp.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The client's name and version as it tells them at login (S21). */
public final class ClientVersion {
  public static final String NAME = "mplp-reference-client";
  public static final String VERSION = load();

  private ClientVersion() {}

  private static String load() {
    try (InputStream in = ClientVersion.class.getResourceAsStream("client.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String version = p.getProperty("version", "");
      return version.isBlank() || version.startsWith("$") ? "dev" : version;
    } catch (IOException e) {
      return "dev";
    }
  }
}
