package org.mplp.server.authority;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.mplp.server.store.Database;
import org.mplp.spec.model.MessageHandling;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Policy;

/** The device_settings table; call on the store thread. Devices are named by their row id. */
public final class DeviceSettingsStore {

  private final Database database;

  /**
   * Whether each device's policy rejects messages, read once per device: a send checks its
   * recipient's, and only {@link #save} changes it (the account command never does).
   */
  private final Map<Long, Boolean> rejectsMessages = new HashMap<>();

  public DeviceSettingsStore(Database database) {
    this.database = database;
  }

  /** Whether the policy the primary device set for the device takes no messages (cached). */
  public boolean rejectsMessages(long deviceId) throws SQLException {
    Boolean rejects = rejectsMessages.get(deviceId);
    if (rejects == null) {
      rejects = find(deviceId).policy().messages() == MessageHandling.REJECT;
      if (rejectsMessages.size() >= 100_000) {
        rejectsMessages.clear();
      }
      rejectsMessages.put(deviceId, rejects);
    }
    return rejects;
  }

  /** The device's settings, the defaults when nothing was ever set for it. */
  public DeviceSettings find(long deviceId) throws SQLException {
    PreparedStatement select =
        database.prepared(
            "SELECT receive, policy_transfers, policy_messages, policy_max_file_bytes"
                + " FROM device_settings WHERE device_id = ?");
    select.setLong(1, deviceId);
    try (ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return DeviceSettings.DEFAULTS;
      }
      long cap = row.getLong(4);
      Long maxFileBytes = row.wasNull() ? null : cap;
      return new DeviceSettings(
          Permission.forWireName(row.getString(1)),
          new Policy(
              Permission.forWireName(row.getString(2)),
              MessageHandling.forWireName(row.getString(3)),
              maxFileBytes));
    }
  }

  /** Replaces the device's settings; durable once the surrounding transaction commits. */
  public void save(long deviceId, DeviceSettings settings) throws SQLException {
    // Dropped now, read again after: a rolled-back save leaves the stored value to be read.
    rejectsMessages.remove(deviceId);
    PreparedStatement upsert =
        database.prepared(
            "INSERT INTO device_settings (device_id, receive, policy_transfers,"
                + " policy_messages, policy_max_file_bytes) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (device_id) DO UPDATE SET receive = excluded.receive,"
                + " policy_transfers = excluded.policy_transfers,"
                + " policy_messages = excluded.policy_messages,"
                + " policy_max_file_bytes = excluded.policy_max_file_bytes");
    Policy policy = settings.policy();
    upsert.setLong(1, deviceId);
    upsert.setString(2, settings.receive().wireName());
    upsert.setString(3, policy.transfers().wireName());
    upsert.setString(4, policy.messages().wireName());
    if (policy.maxFileBytes() == null) {
      upsert.setNull(5, java.sql.Types.INTEGER);
    } else {
      upsert.setLong(5, policy.maxFileBytes());
    }
    upsert.executeUpdate();
  }
}
