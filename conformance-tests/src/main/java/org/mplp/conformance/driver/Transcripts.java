package org.mplp.conformance.driver;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands each scenario's transcript (and the number of test accounts it took) from the step
 * definitions to the runner's listener, keyed by the scenario's feature resource and line (the same
 * in Cucumber and in the JUnit test source). Scenarios running at once have different keys.
 */
public final class Transcripts {
  private static final Map<String, Kept> BY_SCENARIO = new ConcurrentHashMap<>();

  /** What one scenario leaves behind. */
  public record Kept(String transcript, int accountsTaken) {}

  private Transcripts() {}

  public static void put(URI featureUri, int line, String transcript) {
    put(featureUri, line, transcript, 0);
  }

  public static void put(URI featureUri, int line, String transcript, int accountsTaken) {
    BY_SCENARIO.put(key(featureUri.toString(), line), new Kept(transcript, accountsTaken));
  }

  /** Takes (and forgets) the transcript of the scenario at {@code resource}:{@code line}. */
  public static String take(String resource, int line) {
    return takeAll(resource, line).transcript();
  }

  /** Takes (and forgets) what the scenario at {@code resource}:{@code line} left. */
  public static Kept takeAll(String resource, int line) {
    Kept k = BY_SCENARIO.remove(key(resource, line));
    return k == null ? new Kept("", 0) : k;
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
