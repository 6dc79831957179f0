package org.mplp.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a server keeps of a password or device credential: the salted keys of SCRAM (RFC 5802
 * section 3), from which the secret cannot be recovered (REQ-LOGIN-018).
 */
public record ScramKeys(byte[] salt, int iterations, byte[] storedKey, byte[] serverKey) {

  public ScramKeys {
    salt = salt.clone();
    storedKey = storedKey.clone();
    serverKey = serverKey.clone();
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  @Override
  public byte[] storedKey() {
    return storedKey.clone();
  }

  @Override
  public byte[] serverKey() {
    return serverKey.clone();
  }

  /** Reads the columns salt, iterations, stored_key and server_key of the current row. */
  public static ScramKeys read(ResultSet row) throws SQLException {
    return new ScramKeys(
        row.getBytes("salt"),
        row.getInt("iterations"),
        row.getBytes("stored_key"),
        row.getBytes("server_key"));
  }

  /**
   * Reads salt, iterations, stored_key and server_key from consecutive columns from {@code first}.
   */
  public static ScramKeys read(ResultSet row, int first) throws SQLException {
    return new ScramKeys(
        row.getBytes(first),
        row.getInt(first + 1),
        row.getBytes(first + 2),
        row.getBytes(first + 3));
  }

  /** Binds the four values to consecutive parameters from {@code first}. */
  public void bind(PreparedStatement statement, int first) throws SQLException {
    statement.setBytes(first, salt);
    statement.setInt(first + 1, iterations);
    statement.setBytes(first + 2, storedKey);
    statement.setBytes(first + 3, serverKey);
  }
}
