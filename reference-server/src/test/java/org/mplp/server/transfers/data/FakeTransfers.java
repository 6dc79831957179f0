package org.mplp.server.transfers.data;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.mplp.server.transfers.DataDirection;
import org.mplp.server.transfers.FileAccess;
import org.mplp.server.transfers.TransferFiles;

/**
 * Transfers as the data channel sees them, kept in maps: which token opens which file, which files
 * have ended, and how far uploads and downloads got. Answers on another thread, as the real
 * transfers do from their store thread.
 */
final class FakeTransfers implements TransferFiles {

  private record Grant(FileKey file, DataDirection direction) {}

  private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
  private final Map<FileKey, Long> sizes = new ConcurrentHashMap<>();
  private final Set<FileKey> ended = ConcurrentHashMap.newKeySet();
  final Map<FileKey, Long> uploaded = new ConcurrentHashMap<>();
  final Map<FileKey, Long> downloaded = new ConcurrentHashMap<>();

  /** An accepted file of {@code size} bytes and its two tokens. */
  void accept(String transferId, int index, long size, String uploadToken, String downloadToken) {
    FileKey file = new FileKey(transferId, index);
    sizes.put(file, size);
    tokens.put(uploadToken, new Grant(file, DataDirection.UPLOAD));
    tokens.put(downloadToken, new Grant(file, DataDirection.DOWNLOAD));
  }

  /** The file's result is in: its right tokens now get 410. */
  void end(String transferId, int index) {
    ended.add(new FileKey(transferId, index));
  }

  @Override
  public CompletionStage<FileAccess> authorize(
      String transferId, int index, String token, DataDirection direction) {
    return CompletableFuture.supplyAsync(
        () -> {
          FileKey file = new FileKey(transferId, index);
          Grant grant = tokens.get(token);
          if (grant == null || !grant.file().equals(file) || grant.direction() != direction) {
            return new FileAccess.Forbidden();
          }
          if (ended.contains(file)) {
            return new FileAccess.Gone();
          }
          return new FileAccess.Granted(sizes.get(file));
        });
  }

  @Override
  public void uploaded(String transferId, int index, long bytes) {
    uploaded.merge(new FileKey(transferId, index), bytes, Math::max);
  }

  @Override
  public void downloaded(String transferId, int index, long bytes) {
    downloaded.merge(new FileKey(transferId, index), bytes, Math::max);
  }
}
