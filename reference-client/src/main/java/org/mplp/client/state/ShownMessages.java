package org.mplp.client.state;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The messageIds this device has shown, kept so that a message the server delivers again (after a
 * lost acknowledgement or a restart of the client) is acknowledged but never shown twice
 * (REQ-MSG-016).
 *
 * <p>Dedup needs a bounded part of that history. A server delivers a message again only until the
 * device's message-ack naming it is answered with ok (REQ-MSG-013, REQ-MSG-014): an id is kept
 * until then, and those are at most what the server holds undelivered for the device
 * (maxPendingMessages). Of the acknowledged ids only the newest {@link #KEEP_ACKNOWLEDGED} are
 * kept, a margin against a server that slips; older ones can never be delivered again.
 *
 * <p>The file is a log of one line per event, {@code shown ID} before the message is shown and
 * {@code acked ID} once its acknowledgement is answered; it is rewritten with only what is kept
 * when it has grown well past that. A bare id is a line of the earlier format, whose client
 * acknowledged what it showed: it reads as acknowledged.
 */
public final class ShownMessages implements AutoCloseable {
  /** Acknowledged ids kept besides those not acknowledged yet. */
  static final int KEEP_ACKNOWLEDGED = 1024;

  private static final String SHOWN = "shown ";
  private static final String ACKED = "acked ";

  private final Path file;
  private final Set<String> unacknowledged = new LinkedHashSet<>();
  private final Set<String> acknowledged = new LinkedHashSet<>();
  private BufferedWriter out;
  private int linesInFile;

  private ShownMessages(Path file) {
    this.file = file;
  }

  static ShownMessages open(Path file) throws IOException {
    PrivateFiles.ensureFile(file);
    ShownMessages shown = new ShownMessages(file);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        shown.replay(line.strip());
      }
    }
    shown.out = append(file);
    shown.compactIfGrown();
    return shown;
  }

  private void replay(String line) {
    if (line.isEmpty()) {
      return;
    }
    linesInFile++;
    if (line.startsWith(SHOWN)) {
      unacknowledged.add(line.substring(SHOWN.length()));
    } else if (line.startsWith(ACKED)) {
      markAcknowledged(line.substring(ACKED.length()));
    } else {
      markAcknowledged(line);
    }
  }

  /**
   * Records the id before the message is shown and returns whether it is new. Recording first means
   * a crash in between loses the showing of one message rather than showing it twice.
   */
  public synchronized boolean firstShowing(String messageId) {
    if (contains(messageId)) {
      return false;
    }
    unacknowledged.add(messageId);
    write(SHOWN + messageId);
    flush();
    return true;
  }

  /** The server answered a message-ack of these ids with ok: it will not deliver them again. */
  public synchronized void acknowledged(Collection<String> messageIds) {
    for (String id : messageIds) {
      if (unacknowledged.contains(id)) {
        markAcknowledged(id);
        write(ACKED + id);
      }
    }
    flush();
    compactIfGrown();
  }

  public synchronized boolean contains(String messageId) {
    return unacknowledged.contains(messageId) || acknowledged.contains(messageId);
  }

  /** How many ids are kept now: for the test of the bound. */
  synchronized int size() {
    return unacknowledged.size() + acknowledged.size();
  }

  private void markAcknowledged(String messageId) {
    unacknowledged.remove(messageId);
    acknowledged.add(messageId);
    Iterator<String> oldest = acknowledged.iterator();
    while (acknowledged.size() > KEEP_ACKNOWLEDGED) {
      oldest.next();
      oldest.remove();
    }
  }

  private void write(String line) {
    try {
      out.write(line);
      out.newLine();
      linesInFile++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Rewrites the file with only what is kept, once it holds twice that and a margin. */
  private void compactIfGrown() {
    if (linesInFile <= 2 * size() + KEEP_ACKNOWLEDGED) {
      return;
    }
    StringBuilder kept = new StringBuilder();
    acknowledged.forEach(id -> kept.append(ACKED).append(id).append('\n'));
    unacknowledged.forEach(id -> kept.append(SHOWN).append(id).append('\n'));
    try {
      out.close();
      try {
        PrivateFiles.writeAtomically(file, kept.toString());
        linesInFile = size();
      } finally {
        out = append(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite " + file, e);
    }
  }

  private static BufferedWriter append(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
