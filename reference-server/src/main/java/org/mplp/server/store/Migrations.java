package org.mplp.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The database schema's versions: migration {@code n} is the n-th script below, applied once, in
 * order, and recorded in {@code schema_version}. A released script is never edited; a change is a
 * new script.
 */
public final class Migrations {

  /** The scripts, oldest first, in {@code org/mplp/server/store/migrations/}. */
  static final List<String> SCRIPTS =
      List.of(
          "001-accounts-devices.sql",
          "002-messages.sql",
          "003-device-settings.sql",
          "004-transfers.sql",
          "005-removed-devices.sql",
          "006-transfer-retention.sql",
          "007-transfer-groups.sql");

  private Migrations() {}

  /** The schema version this code expects. */
  public static int latestVersion() {
    return SCRIPTS.size();
  }

  /**
   * Brings the schema up to {@link #latestVersion()}. Runs in one write transaction, so that a
   * server and the account command starting together do not both migrate.
   *
   * @return the version found before migrating
   */
  static int apply(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(
            "CREATE TABLE IF NOT EXISTS schema_version ("
                + "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
      }
      int found = currentVersion(connection);
      if (found > latestVersion()) {
        throw new SQLException(
            "the database has schema version "
                + found
                + "; this server knows up to "
                + latestVersion());
      }
      for (int version = found + 1; version <= latestVersion(); version++) {
        run(connection, SCRIPTS.get(version - 1));
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
          insert.setInt(1, version);
          insert.setString(2, Instant.now().toString());
          insert.executeUpdate();
        }
      }
      connection.commit();
      return found;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  private static void run(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(read(script))) {
        statement.executeUpdate(sql);
      }
    }
  }

  /** The statements of a script: comment lines dropped, split at semicolons that end a line. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        statements.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
      if (in == null) {
        throw new IllegalStateException("migration script missing: " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
