package org.mplp.server.transfers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.store.Database;
import org.mplp.server.store.GroupCommit;
import org.mplp.spec.model.FileOutcome;
import org.mplp.spec.model.FileState;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.TransferReason;
import org.mplp.spec.model.TransferState;

/**
 * The transfers tables (spec: Transfers); call on the store thread, writes inside a {@link
 * GroupCommit} transaction. Open means offered or accepted; a transfer that ended has the time it
 * ended, from which its retention counts (REQ-XFER-028).
 */
public final class TransferStore {

  private static final String OPEN = "state IN ('offered', 'accepted')";

  private final Database database;
  private final Clock clock;

  public TransferStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  private Connection connection() {
    return database.connection();
  }

  /** Inserts a new transfer and its files; the pending flags say which party has not seen it. */
  StoredTransfer insert(StoredTransfer transfer, boolean pendingSender, boolean pendingRecipient)
      throws SQLException {
    long row;
    try (PreparedStatement insert =
        connection()
            .prepareStatement(
                "INSERT INTO transfers (transfer_id, account, sender_id, sender, recipient_id,"
                    + " recipient, permission, state, reason, by_device, note, offered_at,"
                    + " expires_at, recipient_sees, pending_sender, pending_recipient, ended_at,"
                    + " group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, transfer.transferId());
      insert.setString(2, transfer.account());
      insert.setLong(3, transfer.senderId());
      insert.setString(4, transfer.sender().toString());
      insert.setLong(5, transfer.recipientId());
      insert.setString(6, transfer.recipient().toString());
      insert.setString(7, transfer.permission().wireName());
      insert.setString(8, transfer.state().wireName());
      setNullable(insert, 9, transfer.reason() == null ? null : transfer.reason().wireName());
      setNullable(insert, 10, transfer.by());
      setNullable(insert, 11, transfer.note());
      insert.setString(12, transfer.offeredAt());
      insert.setLong(13, transfer.expiresAt().toEpochMilli());
      insert.setInt(14, transfer.recipientSees() ? 1 : 0);
      insert.setInt(15, pendingSender ? 1 : 0);
      insert.setInt(16, pendingRecipient ? 1 : 0);
      setEnd(insert, 17, transfer);
      setNullable(insert, 18, transfer.group());
      insert.executeUpdate();
      // The database hands out no generated keys (see Database.open): ask for the row id.
      try (ResultSet keys = database.prepared("SELECT last_insert_rowid()").executeQuery()) {
        keys.next();
        row = keys.getLong(1);
      }
    }
    try (PreparedStatement file =
        connection()
            .prepareStatement(
                "INSERT INTO transfer_files (transfer, idx, name, path, size, sha256, media_type,"
                    + " state, failure, upload_token, download_token)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (StoredFile f : transfer.files()) {
        file.setLong(1, row);
        file.setInt(2, f.index());
        file.setString(3, f.name());
        setNullable(file, 4, f.path());
        file.setLong(5, f.size());
        file.setString(6, f.sha256());
        file.setString(7, f.mediaType());
        file.setString(8, f.state().wireName());
        setNullable(file, 9, f.failure() == null ? null : f.failure().wireName());
        setNullable(file, 10, f.uploadToken());
        setNullable(file, 11, f.downloadToken());
        file.addBatch();
      }
      file.executeBatch();
    }
    return transfer.withRow(row);
  }

  /**
   * Writes a transfer's state, reason, note, expiry and file states; sets the pending flags, and
   * the time it ended when it enters a final state.
   */
  void update(StoredTransfer transfer, boolean pendingSender, boolean pendingRecipient)
      throws SQLException {
    try (PreparedStatement update =
        connection()
            .prepareStatement(
                "UPDATE transfers SET state = ?, reason = ?, by_device = ?, note = ?,"
                    + " expires_at = ?, pending_sender = ?, pending_recipient = ?,"
                    + " ended_at = COALESCE(ended_at, ?) WHERE id = ?")) {
      update.setString(1, transfer.state().wireName());
      setNullable(update, 2, transfer.reason() == null ? null : transfer.reason().wireName());
      setNullable(update, 3, transfer.by());
      setNullable(update, 4, transfer.note());
      update.setLong(5, transfer.expiresAt().toEpochMilli());
      update.setInt(6, pendingSender ? 1 : 0);
      update.setInt(7, pendingRecipient ? 1 : 0);
      setEnd(update, 8, transfer);
      update.setLong(9, transfer.row());
      update.executeUpdate();
    }
    try (PreparedStatement file =
        connection()
            .prepareStatement(
                "UPDATE transfer_files SET state = ?, failure = ?, upload_token = ?,"
                    + " download_token = ? WHERE transfer = ? AND idx = ?")) {
      for (StoredFile f : transfer.files()) {
        file.setString(1, f.state().wireName());
        setNullable(file, 2, f.failure() == null ? null : f.failure().wireName());
        setNullable(file, 3, f.uploadToken());
        setNullable(file, 4, f.downloadToken());
        file.setLong(5, transfer.row());
        file.setInt(6, f.index());
        file.addBatch();
      }
      file.executeBatch();
    }
  }

  Optional<StoredTransfer> find(String transferId) throws SQLException {
    List<StoredTransfer> found = select("transfer_id = ?", transferId);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Open transfers the device takes part in, as sender or recipient. */
  int openCount(long deviceId) throws SQLException {
    try (PreparedStatement count =
        connection()
            .prepareStatement(
                "SELECT COUNT(*) FROM transfers WHERE "
                    + OPEN
                    + " AND (sender_id = ? OR recipient_id = ?)")) {
      count.setLong(1, deviceId);
      count.setLong(2, deviceId);
      try (ResultSet row = count.executeQuery()) {
        return row.next() ? row.getInt(1) : 0;
      }
    }
  }

  /** Bytes of the offered and accepted files of the account's open transfers (REQ-XFER-008). */
  long openBytes(String account) throws SQLException {
    try (PreparedStatement sum =
        connection()
            .prepareStatement(
                "SELECT COALESCE(SUM(f.size), 0) FROM transfers t JOIN transfer_files f"
                    + " ON f.transfer = t.id WHERE t.account = ? AND t.state IN ('offered',"
                    + " 'accepted') AND f.state IN ('offered', 'accepted')")) {
      sum.setString(1, account);
      try (ResultSet row = sum.executeQuery()) {
        return row.next() ? row.getLong(1) : 0;
      }
    }
  }

  /**
   * What a device is sent after its login (REQ-XFER-022): its open transfers and those whose last
   * frame it missed, oldest first.
   */
  List<StoredTransfer> forLogin(long deviceId) throws SQLException {
    return select(
        "(sender_id = ? AND ("
            + OPEN
            + " OR pending_sender = 1)) OR (recipient_id = ? AND recipient_sees = 1 AND ("
            + OPEN
            + " OR pending_recipient = 1))",
        deviceId,
        deviceId);
  }

  /** The device was sent every transfer frame it missed. */
  void clearPending(long deviceId) throws SQLException {
    for (String sql :
        List.of(
            "UPDATE transfers SET pending_sender = 0 WHERE sender_id = ? AND pending_sender = 1",
            "UPDATE transfers SET pending_recipient = 0"
                + " WHERE recipient_id = ? AND pending_recipient = 1")) {
      try (PreparedStatement update = connection().prepareStatement(sql)) {
        update.setLong(1, deviceId);
        update.executeUpdate();
      }
    }
  }

  /** Open transfers the device takes part in. */
  List<StoredTransfer> openInvolving(long deviceId) throws SQLException {
    return select(OPEN + " AND (sender_id = ? OR recipient_id = ?)", deviceId, deviceId);
  }

  /** Open transfers whose expiry is at or before {@code now}. */
  List<StoredTransfer> dueToExpire(Instant now) throws SQLException {
    return select(OPEN + " AND expires_at <= ?", now.toEpochMilli());
  }

  /** The transfers of a group, made by one offer to several devices. */
  List<StoredTransfer> inGroup(String group) throws SQLException {
    return select("group_id = ?", group);
  }

  /** Every accepted transfer: the ones whose files may move. */
  List<StoredTransfer> accepted() throws SQLException {
    return select("state = 'accepted'");
  }

  /** The earliest expiry of an open transfer. */
  OptionalLong nextExpiry() throws SQLException {
    try (PreparedStatement min =
            connection().prepareStatement("SELECT MIN(expires_at) FROM transfers WHERE " + OPEN);
        ResultSet row = min.executeQuery()) {
      if (row.next()) {
        long millis = row.getLong(1);
        return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(millis);
      }
      return OptionalLong.empty();
    }
  }

  /**
   * Deletes up to {@code most} transfers, with their files, that ended at or before {@code endedBy}
   * (REQ-XFER-028).
   *
   * @return the transferIds deleted
   */
  List<String> forgetEndedBy(Instant endedBy, int most) throws SQLException {
    List<Long> rows = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (PreparedStatement select =
        connection()
            .prepareStatement(
                "SELECT id, transfer_id FROM transfers WHERE ended_at <= ? ORDER BY ended_at"
                    + " LIMIT ?")) {
      select.setLong(1, endedBy.toEpochMilli());
      select.setInt(2, most);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          rows.add(row.getLong(1));
          ids.add(row.getString(2));
        }
      }
    }
    for (String sql :
        List.of(
            "DELETE FROM transfer_files WHERE transfer = ?",
            "DELETE FROM transfers WHERE id = ?")) {
      try (PreparedStatement delete = connection().prepareStatement(sql)) {
        for (long row : rows) {
          delete.setLong(1, row);
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
    return ids;
  }

  /** When the transfer that ended first of those kept ended, in epoch milliseconds. */
  OptionalLong earliestEnd() throws SQLException {
    try (PreparedStatement min =
            connection().prepareStatement("SELECT MIN(ended_at) FROM transfers");
        ResultSet row = min.executeQuery()) {
      if (row.next()) {
        long millis = row.getLong(1);
        return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(millis);
      }
      return OptionalLong.empty();
    }
  }

  /** Now for a transfer in a final state, null for an open one; an update keeps an earlier end. */
  private void setEnd(PreparedStatement statement, int index, StoredTransfer transfer)
      throws SQLException {
    if (transfer.state().open()) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setLong(index, clock.millis());
    }
  }

  private List<StoredTransfer> select(String where, Object... parameters) throws SQLException {
    List<StoredTransfer> transfers = new ArrayList<>();
    try (PreparedStatement select =
        connection()
            .prepareStatement(
                "SELECT id, transfer_id, account, sender_id, sender, recipient_id, recipient,"
                    + " permission, state, reason, by_device, note, offered_at, expires_at,"
                    + " recipient_sees, group_id FROM transfers WHERE "
                    + where
                    + " ORDER BY id")) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          transfers.add(read(row));
        }
      }
    }
    List<StoredTransfer> withFiles = new ArrayList<>(transfers.size());
    for (StoredTransfer transfer : transfers) {
      withFiles.add(transfer.withFiles(files(transfer.row())));
    }
    return withFiles;
  }

  private static StoredTransfer read(ResultSet row) throws SQLException {
    String reason = row.getString("reason");
    return new StoredTransfer(
        row.getLong("id"),
        row.getString("transfer_id"),
        row.getString("account"),
        row.getLong("sender_id"),
        DeviceAddress.parse(row.getString("sender")).orElseThrow(),
        row.getLong("recipient_id"),
        DeviceAddress.parse(row.getString("recipient")).orElseThrow(),
        Permission.forWireName(row.getString("permission")),
        TransferState.forWireName(row.getString("state")),
        reason == null ? null : TransferReason.forWireName(reason),
        row.getString("by_device"),
        row.getString("note"),
        row.getString("offered_at"),
        Instant.ofEpochMilli(row.getLong("expires_at")),
        row.getInt("recipient_sees") == 1,
        List.of(),
        row.getString("group_id"));
  }

  private List<StoredFile> files(long transferRow) throws SQLException {
    List<StoredFile> files = new ArrayList<>();
    try (PreparedStatement select =
        connection()
            .prepareStatement(
                "SELECT idx, name, path, size, sha256, media_type, state, failure, upload_token,"
                    + " download_token FROM transfer_files WHERE transfer = ? ORDER BY idx")) {
      select.setLong(1, transferRow);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String failure = row.getString("failure");
          files.add(
              new StoredFile(
                  row.getInt("idx"),
                  row.getString("name"),
                  row.getString("path"),
                  row.getLong("size"),
                  row.getString("sha256"),
                  row.getString("media_type"),
                  FileState.forWireName(row.getString("state")),
                  failure == null ? null : FileOutcome.forWireName(failure),
                  row.getString("upload_token"),
                  row.getString("download_token")));
        }
      }
    }
    return files;
  }

  private static void setNullable(PreparedStatement statement, int index, String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }
}
