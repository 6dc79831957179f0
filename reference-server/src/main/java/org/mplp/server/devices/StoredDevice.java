package org.mplp.server.devices;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.store.ScramKeys;
import org.mplp.spec.model.Role;

/**
 * A registered device as stored (spec: Devices): its address parts, what the contact list shows,
 * and the keys of its device credential.
 *
 * @param id the registration order: a later device has a larger id
 */
public record StoredDevice(
    long id,
    DeviceAddress address,
    String label,
    Role role,
    String registeredAt,
    ScramKeys keys,
    String loginTime,
    String lastIp,
    String clientName,
    String clientVersion) {

  public String account() {
    return address.account();
  }

  public String type() {
    return address.type();
  }

  /**
   * The columns {@link #read} takes, in its order: select these, not {@code *}, so that a row is
   * read by position instead of looking every column name up again.
   */
  static final String COLUMNS =
      "id, account, type, ordinal, label, role, registered_at, salt, iterations, stored_key,"
          + " server_key, login_time, last_ip, client_name, client_version";

  /** Reads the current row of a query that selects {@link #COLUMNS}. */
  static StoredDevice read(ResultSet row) throws SQLException {
    return new StoredDevice(
        row.getLong(1),
        new DeviceAddress(row.getString(2), row.getString(3), row.getInt(4)),
        row.getString(5),
        Role.forWireName(row.getString(6)),
        row.getString(7),
        ScramKeys.read(row, 8),
        row.getString(12),
        row.getString(13),
        row.getString(14),
        row.getString(15));
  }
}
