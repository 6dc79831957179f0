package org.mplp.client.state;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The messageIds of every message this device has shown, one per line in an append-only file, so
 * that a message the server delivers again (after a lost acknowledgement or a restart of the
 * client) is acknowledged but never shown twice (REQ-MSG-016).
 */
public final class ShownMessages implements AutoCloseable {
  private final Set<String> shown;
  private final BufferedWriter out;

  private ShownMessages(Set<String> shown, BufferedWriter out) {
    this.shown = shown;
    this.out = out;
  }

  static ShownMessages open(Path file) throws IOException {
    PrivateFiles.ensureFile(file);
    Set<String> shown = new HashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        shown.add(line.strip());
      }
    }
    return new ShownMessages(
        shown, Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
  }

  /**
   * Records the id before the message is shown and returns whether it is new. Recording first means
   * a crash in between loses the showing of one message rather than showing it twice.
   */
  public synchronized boolean firstShowing(String messageId) {
    if (!shown.add(messageId)) {
      return false;
    }
    try {
      out.write(messageId);
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record shown message " + messageId, e);
    }
    return true;
  }

  public synchronized boolean contains(String messageId) {
    return shown.contains(messageId);
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
