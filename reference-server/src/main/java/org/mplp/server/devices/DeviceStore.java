package org.mplp.server.devices;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.store.Database;
import org.mplp.server.store.GroupCommit;
import org.mplp.spec.model.Role;

/** The devices table: registration with ordinals and roles, logins, renames and removal. */
public final class DeviceStore {

  /** Past this many cached devices the cache starts over. */
  private static final int MAX_CACHED = 100_000;

  /** How often, at most, the cache asks whether another process changed the devices. */
  private static final long RECHECK_NANOS = 100_000_000L;

  private final Database database;

  /**
   * Devices as the message path needs them (row id, address), by address: a send names its
   * recipient, and a lookup per message cost the store thread as much as storing it. Emptied when
   * this server removes or registers a device, and when another process (the account command)
   * wrote; login times and labels in it may be old.
   */
  private final Map<DeviceAddress, StoredDevice> byAddress = new HashMap<>();

  private long checkedAt = System.nanoTime() - RECHECK_NANOS;

  public DeviceStore(Database database) {
    this.database = database;
  }

  /**
   * The registered device at an address, from the cache when it is there: its id and address are
   * current, its login details may be old. For the message path.
   */
  public Optional<StoredDevice> findRegistered(DeviceAddress address) throws SQLException {
    long now = System.nanoTime();
    if (now - checkedAt >= RECHECK_NANOS) {
      checkedAt = now;
      if (database.changedElsewhere()) {
        byAddress.clear();
      }
    }
    StoredDevice cached = byAddress.get(address);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<StoredDevice> found = find(address);
    if (found.isPresent()) {
      if (byAddress.size() >= MAX_CACHED) {
        byAddress.clear();
      }
      byAddress.put(address, found.get());
    }
    return found;
  }

  /**
   * Registers a device with the smallest free ordinal of its type on the account (REQ-DEVICE-002),
   * primary when it is the account's only device (REQ-DEVICE-007).
   *
   * @return empty when the account already has {@code maxDevices} devices
   */
  public Optional<StoredDevice> register(NewDevice device, int maxDevices) throws SQLException {
    return database.inTransaction(connection -> registerInTransaction(device, maxDevices));
  }

  /** {@link #register}, inside a transaction already open (a {@link GroupCommit}'s). */
  public Optional<StoredDevice> registerInTransaction(NewDevice device, int maxDevices)
      throws SQLException {
    List<StoredDevice> existing = listByAccount(device.account());
    if (existing.size() >= maxDevices) {
      return Optional.empty();
    }
    int ordinal = smallestFreeOrdinal(existing, device.type());
    byAddress.clear();
    Role role = existing.isEmpty() ? Role.PRIMARY : Role.SECONDARY;
    PreparedStatement insert =
        database.prepared(
            "INSERT INTO devices (account, type, ordinal, label, role, registered_at,"
                + " salt, iterations, stored_key, server_key,"
                + " login_time, last_ip, client_name, client_version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.setString(1, device.account());
    insert.setString(2, device.type());
    insert.setInt(3, ordinal);
    insert.setString(4, device.label());
    insert.setString(5, role.wireName());
    insert.setString(6, device.loginTime());
    device.keys().bind(insert, 7);
    insert.setString(11, device.loginTime());
    insert.setString(12, device.ip());
    insert.setString(13, device.clientName());
    insert.setString(14, device.clientVersion());
    insert.executeUpdate();
    return find(new DeviceAddress(device.account(), device.type(), ordinal));
  }

  static int smallestFreeOrdinal(List<StoredDevice> devices, String type) {
    int ordinal = 1;
    List<Integer> taken =
        devices.stream()
            .filter(d -> d.type().equals(type))
            .map(d -> d.address().ordinal())
            .sorted()
            .toList();
    for (int held : taken) {
      if (held == ordinal) {
        ordinal++;
      } else if (held > ordinal) {
        break;
      }
    }
    return ordinal;
  }

  public Optional<StoredDevice> find(DeviceAddress address) throws SQLException {
    PreparedStatement select =
        database.prepared(
            "SELECT "
                + StoredDevice.COLUMNS
                + " FROM devices WHERE account = ? AND type = ? AND ordinal = ?");
    select.setString(1, address.account());
    select.setString(2, address.type());
    select.setInt(3, address.ordinal());
    try (ResultSet row = select.executeQuery()) {
      return row.next() ? Optional.of(StoredDevice.read(row)) : Optional.empty();
    }
  }

  public Optional<StoredDevice> findById(long id) throws SQLException {
    PreparedStatement select =
        database.prepared("SELECT " + StoredDevice.COLUMNS + " FROM devices WHERE id = ?");
    select.setLong(1, id);
    try (ResultSet row = select.executeQuery()) {
      return row.next() ? Optional.of(StoredDevice.read(row)) : Optional.empty();
    }
  }

  /** The account's devices in registration order. */
  public List<StoredDevice> listByAccount(String account) throws SQLException {
    List<StoredDevice> devices = new ArrayList<>();
    PreparedStatement select =
        database.prepared(
            "SELECT " + StoredDevice.COLUMNS + " FROM devices WHERE account = ? ORDER BY id");
    select.setString(1, account);
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        devices.add(StoredDevice.read(row));
      }
    }
    return devices;
  }

  /**
   * Records a login of a registered device: the server's time and the observed IP (S25), and the
   * client software it runs now.
   *
   * @return the device after the update; empty when it is no longer registered
   */
  public Optional<StoredDevice> recordLogin(
      DeviceAddress address, String loginTime, String ip, String clientName, String clientVersion)
      throws SQLException {
    return database.inTransaction(
        connection -> recordLoginInTransaction(address, loginTime, ip, clientName, clientVersion));
  }

  /**
   * {@link #recordLogin}, inside a transaction already open: a {@link GroupCommit}'s, so that
   * logins share the commits (and the syncs to disk) of messages instead of one each.
   */
  public Optional<StoredDevice> recordLoginInTransaction(
      DeviceAddress address, String loginTime, String ip, String clientName, String clientVersion)
      throws SQLException {
    PreparedStatement update =
        database.prepared(
            "UPDATE devices SET login_time = ?, last_ip = ?, client_name = ?,"
                + " client_version = ? WHERE account = ? AND type = ? AND ordinal = ?");
    update.setString(1, loginTime);
    update.setString(2, ip);
    update.setString(3, clientName);
    update.setString(4, clientVersion);
    bind(update, 5, address);
    update.executeUpdate();
    return find(address);
  }

  /** Gives a device a new label; empty when there is no such device. */
  public Optional<StoredDevice> rename(DeviceAddress address, String label) throws SQLException {
    return database.inTransaction(
        connection -> {
          PreparedStatement update =
              database.prepared(
                  "UPDATE devices SET label = ? WHERE account = ? AND type = ? AND ordinal = ?");
          update.setString(1, label);
          bind(update, 2, address);
          update.executeUpdate();
          return find(address);
        });
  }

  /**
   * Removes a device, freeing its ordinal; when it was primary, the remaining device registered
   * earliest becomes primary (REQ-DEVICE-008).
   *
   * @return empty when there is no such device
   */
  public Optional<Removal> remove(DeviceAddress address) throws SQLException {
    return remove(address, () -> {});
  }

  /**
   * Removes a device as {@link #remove(DeviceAddress)} does, running {@code first} in the same
   * transaction while the device's row is still there: what other features end with the device goes
   * in the same commit.
   */
  public Optional<Removal> remove(DeviceAddress address, BeforeRemoval first) throws SQLException {
    return database.inTransaction(
        connection -> {
          Optional<StoredDevice> device = find(address);
          if (device.isEmpty()) {
            return Optional.empty();
          }
          first.run();
          byAddress.clear();
          PreparedStatement delete = database.prepared("DELETE FROM devices WHERE id = ?");
          delete.setLong(1, device.get().id());
          delete.executeUpdate();
          Optional<StoredDevice> newPrimary = Optional.empty();
          List<StoredDevice> remaining = listByAccount(address.account());
          boolean primaryLeft = remaining.stream().anyMatch(d -> d.role() == Role.PRIMARY);
          if (!primaryLeft && !remaining.isEmpty()) {
            StoredDevice earliest = remaining.get(0);
            PreparedStatement promote =
                database.prepared("UPDATE devices SET role = ? WHERE id = ?");
            promote.setString(1, Role.PRIMARY.wireName());
            promote.setLong(2, earliest.id());
            promote.executeUpdate();
            newPrimary = find(earliest.address());
          }
          return Optional.of(new Removal(device.get(), newPrimary));
        });
  }

  /**
   * Hands the primary role from one device to another of the same account in one transaction, so
   * that the account never has two primaries or none (REQ-PRIMARY-011).
   *
   * @return both devices after the change: the new primary first; empty when either is gone
   */
  public Optional<List<StoredDevice>> handOverPrimary(DeviceAddress from, DeviceAddress to)
      throws SQLException {
    return database.inTransaction(
        connection -> {
          if (find(from).isEmpty() || find(to).isEmpty()) {
            return Optional.empty();
          }
          setRole(from, Role.SECONDARY);
          setRole(to, Role.PRIMARY);
          return Optional.of(List.of(find(to).get(), find(from).get()));
        });
  }

  private void setRole(DeviceAddress address, Role role) throws SQLException {
    PreparedStatement update =
        database.prepared(
            "UPDATE devices SET role = ? WHERE account = ? AND type = ? AND ordinal = ?");
    update.setString(1, role.wireName());
    bind(update, 2, address);
    update.executeUpdate();
  }

  private static void bind(PreparedStatement statement, int first, DeviceAddress address)
      throws SQLException {
    statement.setString(first, address.account());
    statement.setString(first + 1, address.type());
    statement.setInt(first + 2, address.ordinal());
  }

  /** Writes of other features inside a removal's transaction. */
  @FunctionalInterface
  public interface BeforeRemoval {
    void run() throws SQLException;
  }

  /** A removed device, and the device that became primary in its place, if it was primary. */
  public record Removal(StoredDevice removed, Optional<StoredDevice> newPrimary) {}
}
