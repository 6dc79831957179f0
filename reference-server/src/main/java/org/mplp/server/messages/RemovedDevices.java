package org.mplp.server.messages;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.mplp.server.store.Database;

/**
 * The devices whose rows are gone and whose entries the message log may still hold: a trigger adds
 * one in the transaction that deletes the device; the row goes once the log's discard is durable.
 * Store thread only.
 */
final class RemovedDevices {

  private final Database database;

  RemovedDevices(Database database) {
    this.database = database;
  }

  /** The device ids waiting for their discard, oldest first. */
  List<Long> waiting() throws SQLException {
    List<Long> ids = new ArrayList<>();
    PreparedStatement select =
        database.prepared("SELECT device_id FROM removed_devices ORDER BY device_id");
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        ids.add(row.getLong(1));
      }
    }
    return ids;
  }

  /** The log's discard for the device is on disk. */
  void discarded(long deviceId) throws SQLException {
    PreparedStatement delete = database.prepared("DELETE FROM removed_devices WHERE device_id = ?");
    delete.setLong(1, deviceId);
    delete.executeUpdate();
  }
}
