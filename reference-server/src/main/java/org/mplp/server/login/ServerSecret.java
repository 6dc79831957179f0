package org.mplp.server.login;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.mplp.server.store.Database;

/**
 * The server's own random secret, created once and kept in the database, so that what is derived
 * from it (the fake salts of unknown names, REQ-LOGIN-002) stays the same across restarts.
 */
public final class ServerSecret {

  /** 256 bits. */
  public static final int BYTES = 32;

  private ServerSecret() {}

  /** The stored secret; on the first call ever, a new random one. */
  public static byte[] loadOrCreate(Database database, SecureRandom random) throws SQLException {
    byte[] candidate = new byte[BYTES];
    random.nextBytes(candidate);
    return database.inTransaction(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT OR IGNORE INTO server_secret (id, secret, created_at) VALUES (1, ?, ?)")) {
            insert.setBytes(1, candidate);
            insert.setString(2, Instant.now().toString());
            insert.executeUpdate();
          }
          try (PreparedStatement select =
                  connection.prepareStatement("SELECT secret FROM server_secret WHERE id = 1");
              ResultSet row = select.executeQuery()) {
            row.next();
            return row.getBytes(1);
          }
        });
  }
}
