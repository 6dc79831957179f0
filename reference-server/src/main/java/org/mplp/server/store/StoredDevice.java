package org.mplp.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
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

  static StoredDevice read(ResultSet row) throws SQLException {
    return new StoredDevice(
        row.getLong("id"),
        new DeviceAddress(row.getString("account"), row.getString("type"), row.getInt("ordinal")),
        row.getString("label"),
        Role.forWireName(row.getString("role")),
        row.getString("registered_at"),
        ScramKeys.read(row),
        row.getString("login_time"),
        row.getString("last_ip"),
        row.getString("client_name"),
        row.getString("client_version"));
  }
}
