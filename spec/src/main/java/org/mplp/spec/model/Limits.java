package org.mplp.spec.model;

/** The limits a server enforces on every connection (spec: Limits). */
public record Limits(int maxFrameBytes, int maxFramesPerSecond, int helloTimeoutSeconds) {

  /** The reference server's defaults. */
  public static final Limits DEFAULTS = new Limits(65_536, 100, 5);
}
