package org.mplp.conformance.driver;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands each scenario's transcript from the step definitions to the runner's listener, keyed by the
 * scenario's feature resource and line (the same in Cucumber and in the JUnit test source).
 */
public final class Transcripts {
  private static final Map<String, String> BY_SCENARIO = new ConcurrentHashMap<>();

  private Transcripts() {}

  public static void put(URI featureUri, int line, String transcript) {
    BY_SCENARIO.put(key(featureUri.toString(), line), transcript);
  }

  /** Takes (and forgets) the transcript of the scenario at {@code resource}:{@code line}. */
  public static String take(String resource, int line) {
    String t = BY_SCENARIO.remove(key(resource, line));
    return t == null ? "" : t;
  }

  public static void clear() {
    BY_SCENARIO.clear();
  }

  static String key(String resource, int line) {
    String r = resource;
    int colon = r.indexOf(':');
    if (colon > 1) {
      r = r.substring(colon + 1); // classpath:features/... or file:/.../features/...
    }
    int features = r.lastIndexOf("features/");
    r = features >= 0 ? r.substring(features) : r.replaceFirst("^/+", "");
    return r + ":" + line;
  }
}
