package org.mplp.conformance.report;

/**
 * Which kit judged: its version, the version of the spec whose contract it carries, and the SHA-256
 * of the jar it ran from ("" when it did not run from a jar), so a result names its judge.
 */
public record Kit(String version, String specVersion, String jarSha256) {
  public static Kit unknown() {
    return new Kit("unknown", "unknown", "");
  }
}
