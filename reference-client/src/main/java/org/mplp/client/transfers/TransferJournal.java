package org.mplp.client.transfers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What a device remembers of its open transfers in its state directory, so that another process of
 * the same device can go on with them: the local files of an offer it made, the folder it accepted
 * an offer into. One small file per transfer under {@code <state-dir>/transfers/}, removed when the
 * transfer ends. Without a directory it remembers nothing (a library user's choice).
 */
public final class TransferJournal {
  private static final String INTO = "into";
  private static final String FILE = "file.";

  private final Path dir;

  private TransferJournal(Path dir) {
    this.dir = dir;
  }

  /** The journal of the device whose state directory this is. */
  public static TransferJournal in(Path stateDir) {
    return new TransferJournal(stateDir.resolve("transfers"));
  }

  /** A journal that forgets everything at the end of the process. */
  public static TransferJournal none() {
    return new TransferJournal(null);
  }

  /** The local files of an offer this device made, by index. */
  synchronized void offered(String transferId, Map<Integer, Path> files) {
    Properties entry = read(transferId);
    files.forEach((index, path) -> entry.setProperty(FILE + index, path.toString()));
    write(transferId, entry);
  }

  /** The folder this device accepted the transfer into. */
  synchronized void accepted(String transferId, Path into) {
    Properties entry = read(transferId);
    entry.setProperty(INTO, into.toString());
    write(transferId, entry);
  }

  synchronized Map<Integer, Path> offeredFiles(String transferId) {
    Map<Integer, Path> files = new HashMap<>();
    read(transferId)
        .forEach(
            (key, value) -> {
              if (key.toString().startsWith(FILE)) {
                files.put(
                    Integer.parseInt(key.toString().substring(FILE.length())),
                    Path.of(value.toString()));
              }
            });
    return files;
  }

  synchronized Optional<Path> acceptedInto(String transferId) {
    return Optional.ofNullable(read(transferId).getProperty(INTO)).map(Path::of);
  }

  /** The transfer ended: nothing of it is left to go on with. */
  synchronized void ended(String transferId) {
    if (dir != null) {
      try {
        Files.deleteIfExists(entry(transferId));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The transfers this device may still have bytes to move for. */
  public synchronized List<String> transferIds() {
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".properties"))
          .map(name -> name.substring(0, name.length() - ".properties".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path entry(String transferId) {
    // A transferId is the server's; it never names a path outside the journal's folder.
    return dir.resolve(transferId.replaceAll("[^A-Za-z0-9_.-]", "_") + ".properties");
  }

  private Properties read(String transferId) {
    Properties entry = new Properties();
    if (dir == null || !Files.exists(entry(transferId))) {
      return entry;
    }
    try (Reader in = Files.newBufferedReader(entry(transferId), StandardCharsets.UTF_8)) {
      entry.load(in);
      return entry;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String transferId, Properties entry) {
    if (dir == null) {
      return;
    }
    try {
      Files.createDirectories(dir);
      Path temporary = dir.resolve(entry(transferId).getFileName() + ".new");
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        entry.store(out, "transfer " + transferId);
      }
      Files.move(
          temporary,
          entry(transferId),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
