package org.mplp.server.messages;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.mplp.server.store.Database;
import org.mplp.server.store.LogCommit;
import org.mplp.server.store.LogStore;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.Undeliverable;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * Carries what a server before the message log kept in {@code mplp.db} (messages waiting, last
 * seqs, answers to sends, receipts) into the log, once, at start: written and synced first, then
 * deleted from SQLite, so that a crash in between only repeats the copy, which skips what the log
 * has. Messages keep their ids; an acknowledgement finds them through an index of their own.
 */
final class LegacyMessages {

  private static final int ROWS_PER_BATCH = 10_000;

  private final Database database;
  private final LogCommit commits;
  private final LogStore log;

  LegacyMessages(Database database, LogCommit commits) {
    this.database = database;
    this.commits = commits;
    this.log = commits.log();
  }

  /** Copies and then deletes the old rows; returns how many rows it copied. Store thread. */
  int carryOver() throws Exception {
    int rows = 0;
    rows +=
        copy(
            "SELECT recipient_id, last_seq FROM message_seqs",
            (batch, row) -> {
              byte[] key = LogKeys.lastSeq(row.getLong(1));
              byte[] had = log.get(key);
              if (had == null || LogRecords.longOf(had) < row.getLong(2)) {
                batch.put(key, LogRecords.ofLong(row.getLong(2)));
              }
            });
    rows +=
        copy(
            "SELECT message_id, sender_id, sender, recipient_id, recipient, seq,"
                + " client_message_id, media_type, body, sent_at FROM messages"
                + " WHERE state = 'pending'",
            (batch, row) -> {
              byte[] key = LogKeys.message(row.getLong(4), row.getLong(6));
              if (log.get(key) == null) {
                Message message =
                    new Message(
                        row.getString(1),
                        row.getString(7),
                        row.getString(3),
                        row.getString(5),
                        row.getLong(6),
                        row.getString(10),
                        row.getString(8),
                        row.getString(9));
                batch.put(key, LogRecords.of(row.getLong(2), message));
                batch.put(LogKeys.legacyId(row.getString(1)), key);
              }
            });
    rows +=
        copy(
            "SELECT sender_id, client_message_id, sent_at, recipients FROM sends",
            (batch, row) -> {
              byte[] key = LogKeys.send(row.getLong(1), row.getString(2));
              if (log.get(key) == null) {
                List<MessageAccepted.Recipient> recipients = new ArrayList<>();
                for (String line : row.getString(4).split("\n")) {
                  int space = line.indexOf(' ');
                  if (space > 0) {
                    recipients.add(
                        new MessageAccepted.Recipient(
                            line.substring(0, space), line.substring(space + 1)));
                  }
                }
                batch.put(
                    key, LogRecords.of(new MessageStore.Accepted(row.getString(3), recipients)));
              }
            });
    rows +=
        copy(
            "SELECT sender_id, kind, message_id, client_message_id, recipient, detail"
                + " FROM receipts",
            (batch, row) -> {
              byte[] key = LogKeys.receipt(row.getLong(1), row.getString(3));
              if (log.get(key) == null) {
                Frame receipt =
                    Delivered.TYPE.equals(row.getString(2))
                        ? new Delivered(
                            row.getString(3), row.getString(4), row.getString(5), row.getString(6))
                        : new Undeliverable(
                            row.getString(3), row.getString(4), row.getString(5), row.getString(6));
                batch.put(key, LogRecords.of(receipt));
              }
            });
    if (rows > 0 || hasRows("messages")) {
      awaitDurable();
      database.inTransaction(
          connection -> {
            try (Statement delete = connection.createStatement()) {
              for (String table : List.of("messages", "message_seqs", "sends", "receipts")) {
                delete.executeUpdate("DELETE FROM " + table);
              }
            }
            return null;
          });
    }
    return rows;
  }

  /** One old row into the batch. */
  @FunctionalInterface
  private interface RowCopy {
    void copy(WriteBatch batch, ResultSet row) throws SQLException, RocksDBException;
  }

  private int copy(String select, RowCopy copy) throws Exception {
    int rows = 0;
    try (PreparedStatement statement = database.connection().prepareStatement(select);
        ResultSet row = statement.executeQuery()) {
      boolean more = row.next();
      while (more) {
        List<Exception> failure = new ArrayList<>();
        int[] inChunk = {0};
        ResultSet current = row;
        commits.runNow(
            new LogCommit.Job() {
              @Override
              public Runnable write(WriteBatch batch) throws Exception {
                do {
                  copy.copy(batch, current);
                  inChunk[0]++;
                } while (inChunk[0] < ROWS_PER_BATCH && current.next());
                return () -> {};
              }

              @Override
              public void failed(Exception cause) {
                failure.add(cause);
              }
            });
        if (!failure.isEmpty()) {
          throw failure.get(0);
        }
        rows += inChunk[0];
        more = inChunk[0] == ROWS_PER_BATCH && row.next();
      }
    }
    return rows;
  }

  private boolean hasRows(String table) throws SQLException {
    try (Statement statement = database.connection().createStatement();
        ResultSet row = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
      return row.next() && row.getInt(1) == 1;
    }
  }

  private void awaitDurable() throws Exception {
    CompletableFuture<Void> synced = new CompletableFuture<>();
    commits.sync().whenDurable(() -> synced.complete(null), synced::completeExceptionally);
    synced.get(60, TimeUnit.SECONDS);
  }
}
