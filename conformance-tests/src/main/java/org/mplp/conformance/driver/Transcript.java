package org.mplp.conformance.driver;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened on the wire in one scenario: frames sent and received, upgrades and closes. Frames
 * are kept whole (a frame is bounded by the target's maxFrameBytes), so a report can show them.
 */
public final class Transcript {
  private final long startNanos = System.nanoTime();
  private final List<Entry> entries = new ArrayList<>();

  /** One line: milliseconds since the scenario started, which connection, what happened. */
  public record Entry(long millis, String connection, String direction, String text) {
    @Override
    public String toString() {
      return String.format("%6d ms  %-8s %s %s", millis, connection, direction, text);
    }
  }

  public void sent(String connection, String text) {
    add(connection, "->", text);
  }

  public void received(String connection, String text) {
    add(connection, "<-", text);
  }

  public void note(String connection, String text) {
    add(connection, "..", text);
  }

  /** Milliseconds since the scenario started: the clock of the entries. */
  public long millis() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  public String render() {
    StringBuilder s = new StringBuilder();
    entries().forEach(e -> s.append(e).append('\n'));
    return s.toString();
  }

  private synchronized void add(String connection, String direction, String text) {
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    entries.add(new Entry(millis, connection, direction, text));
  }
}
