package org.mplp.server.transfers.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.mplp.server.transfers.Spool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spool under the data directory: {@code spool/<transferId>/<index>} holds the bytes uploaded
 * to a file until its result is in or its transfer ends (REQ-DATA-014).
 */
final class DiskSpool implements Spool {

  private static final Logger LOG = LoggerFactory.getLogger(DiskSpool.class);

  private final Path directory;
  private final Executor disk;
  private final ConcurrentMap<FileKey, SpooledFile> files = new ConcurrentHashMap<>();

  DiskSpool(Path directory, Executor disk) {
    this.directory = directory;
    this.disk = disk;
  }

  /** The file a data request names, the same object for every request while it is in use. */
  SpooledFile file(FileKey key) {
    return files.computeIfAbsent(
        key,
        k ->
            new SpooledFile(
                k, directory.resolve(k.transferId()).resolve(Integer.toString(k.index()))));
  }

  Executor disk() {
    return disk;
  }

  @Override
  public long heldBytes(String transferId, int index) {
    SpooledFile file = files.get(new FileKey(transferId, index));
    if (file != null) {
      return file.held();
    }
    Path path = directory.resolve(transferId).resolve(Integer.toString(index));
    try {
      return Files.exists(path) ? Files.size(path) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void discard(String transferId, int index) {
    List<SpooledFile> gone =
        files.values().stream()
            .filter(
                file ->
                    file.key().transferId().equals(transferId)
                        && (index < 0 || file.key().index() == index))
            .toList();
    gone.forEach(
        file -> {
          files.remove(file.key(), file);
          file.discard();
        });
    disk.execute(() -> delete(transferId, index, gone));
  }

  private void delete(String transferId, int index, List<SpooledFile> gone) {
    try {
      for (SpooledFile file : gone) {
        file.delete();
      }
      Path transfer = directory.resolve(transferId);
      if (index >= 0) {
        Files.deleteIfExists(transfer.resolve(Integer.toString(index)));
      }
      if (Files.isDirectory(transfer)) {
        boolean empty;
        try (Stream<Path> left = Files.list(transfer)) {
          if (index < 0) {
            for (Path file : left.toList()) {
              Files.deleteIfExists(file);
            }
            empty = true;
          } else {
            empty = left.findAny().isEmpty();
          }
        }
        if (empty) {
          Files.deleteIfExists(transfer);
        }
      }
    } catch (IOException e) {
      LOG.warn("could not delete the spool of transfer {} file {}", transferId, index, e);
    }
  }
}
