package org.mplp.server.messages;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.mplp.server.store.Database;

/**
 * Per recipient device, the last seq given (REQ-MSG-011) and how many messages wait for it, read
 * from the tables once and then kept in memory, so that storing a message reads neither back. A
 * change made inside a transaction counts for the rest of it, and for others only once it commits.
 * One writer (the store thread) and no other process writing messages make the copy exact.
 */
final class RecipientCounters implements Database.TransactionListener {

  /** What a recipient has: the last seq given to it and the messages not yet acknowledged. */
  record Counts(long lastSeq, int pending) {}

  /** Reads a recipient's counts from the tables. */
  @FunctionalInterface
  interface Loader {
    Counts load(long recipientId) throws SQLException;
  }

  private final Database database;
  private final Loader loader;
  private final Map<Long, Counts> committed = new HashMap<>();
  private final Map<Long, Counts> uncommitted = new HashMap<>();

  RecipientCounters(Database database, Loader loader) {
    this.database = database;
    this.loader = loader;
    database.addTransactionListener(this);
  }

  Counts of(long recipientId) throws SQLException {
    Counts counts = uncommitted.get(recipientId);
    if (counts == null) {
      counts = committed.get(recipientId);
    }
    if (counts == null) {
      counts = loader.load(recipientId);
      committed.put(recipientId, counts);
    }
    return counts;
  }

  void set(long recipientId, Counts counts) {
    (database.inTransaction() ? uncommitted : committed).put(recipientId, counts);
  }

  @Override
  public void committed() {
    committed.putAll(uncommitted);
    uncommitted.clear();
  }

  @Override
  public void rolledBack() {
    uncommitted.clear();
  }
}
