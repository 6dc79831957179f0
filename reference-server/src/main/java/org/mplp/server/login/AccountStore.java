package org.mplp.server.login;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mplp.server.store.Database;
import org.mplp.server.store.ScramKeys;

/** The accounts table. Removing an account removes its devices with it. */
public final class AccountStore {

  private final Database database;

  public AccountStore(Database database) {
    this.database = database;
  }

  /** Creates an account; false when the name is taken. */
  public boolean create(String name, ScramKeys keys) throws SQLException {
    PreparedStatement insert =
        database.prepared(
            "INSERT OR IGNORE INTO accounts"
                + " (name, salt, iterations, stored_key, server_key, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    insert.setString(1, name);
    keys.bind(insert, 2);
    insert.setString(6, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    return insert.executeUpdate() == 1;
  }

  public Optional<StoredAccount> find(String name) throws SQLException {
    PreparedStatement select = database.prepared("SELECT * FROM accounts WHERE name = ?");
    select.setString(1, name);
    try (ResultSet row = select.executeQuery()) {
      return row.next() ? Optional.of(read(row)) : Optional.empty();
    }
  }

  /** Every account, by name. */
  public List<StoredAccount> list() throws SQLException {
    List<StoredAccount> accounts = new ArrayList<>();
    try (PreparedStatement select =
            database.connection().prepareStatement("SELECT * FROM accounts ORDER BY name");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        accounts.add(read(row));
      }
    }
    return accounts;
  }

  /** Gives an account the keys of a new password; false when there is no such account. */
  public boolean setKeys(String name, ScramKeys keys) throws SQLException {
    PreparedStatement update =
        database.prepared(
            "UPDATE accounts SET salt = ?, iterations = ?, stored_key = ?, server_key = ?"
                + " WHERE name = ?");
    keys.bind(update, 1);
    update.setString(5, name);
    return update.executeUpdate() == 1;
  }

  /** Removes an account and all its devices; false when there is no such account. */
  public boolean remove(String name) throws SQLException {
    PreparedStatement delete = database.prepared("DELETE FROM accounts WHERE name = ?");
    delete.setString(1, name);
    return delete.executeUpdate() == 1;
  }

  private static StoredAccount read(ResultSet row) throws SQLException {
    return new StoredAccount(
        row.getString("name"), ScramKeys.read(row), row.getString("created_at"));
  }
}
