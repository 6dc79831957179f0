package org.mplp.server.store;

import java.io.IOException;
import java.nio.file.Path;

/** The message log of a data directory with its sync thread and its group commit, opened as one. */
public final class MessageLog implements AutoCloseable {

  private final LogStore store;
  private final LogSync sync;
  private final LogCommit commits;

  private MessageLog(LogStore store, LogSync sync, LogCommit commits) {
    this.store = store;
    this.sync = sync;
    this.commits = commits;
  }

  /** Opens the log; groups of at most {@code maxGroup} jobs run on {@code executor}. */
  public static MessageLog open(Path dataDir, StoreExecutor executor, int maxGroup)
      throws IOException {
    LogStore store = LogStore.open(dataDir);
    LogSync sync = executor.isInline() ? LogSync.inline(store) : LogSync.start(store);
    return new MessageLog(store, sync, new LogCommit(store, sync, executor, maxGroup));
  }

  public LogCommit commits() {
    return commits;
  }

  /** Syncs what waits, then closes the log; call after the store thread has stopped. */
  @Override
  public void close() {
    sync.close();
    store.close();
  }
}
