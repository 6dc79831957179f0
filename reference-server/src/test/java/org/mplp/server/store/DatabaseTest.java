package org.mplp.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.login.AccountStore;
import org.mplp.server.login.ServerSecret;

/** Opening the database: WAL mode, the migrations applied once, the server secret kept. */
class DatabaseTest {

  @TempDir Path dataDir;

  private static String query(Database database, String sql) throws SQLException {
    try (Statement statement = database.connection().createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      return row.next() ? row.getString(1) : null;
    }
  }

  @Test
  void aNewDatabaseIsInWalModeAtTheLatestSchemaVersion() throws Exception {
    try (Database database = Database.open(dataDir.resolve("new"))) {
      assertThat(database.file()).exists().hasFileName("mplp.db");
      assertThat(query(database, "PRAGMA journal_mode")).isEqualTo("wal");
      assertThat(query(database, "PRAGMA foreign_keys")).isEqualTo("1");
      assertThat(query(database, "SELECT MAX(version) FROM schema_version"))
          .isEqualTo(String.valueOf(Migrations.latestVersion()));
      assertThat(query(database, "SELECT COUNT(*) FROM accounts")).isEqualTo("0");
    }
  }

  @Test
  void reopeningAppliesNothingTwiceAndKeepsTheData() throws Exception {
    byte[] secret;
    try (Database database = Database.open(dataDir)) {
      secret = ServerSecret.loadOrCreate(database, new SecureRandom());
      new AccountStore(database).create("kept", keys());
    }
    try (Database database = Database.open(dataDir)) {
      assertThat(query(database, "SELECT COUNT(*) FROM schema_version"))
          .isEqualTo(String.valueOf(Migrations.latestVersion()));
      assertThat(new AccountStore(database).find("kept")).isPresent();
      assertThat(ServerSecret.loadOrCreate(database, new SecureRandom())).isEqualTo(secret);
    }
    assertThat(secret).hasSize(ServerSecret.BYTES);
  }

  @Test
  void aDatabaseFromANewerServerIsRefused() throws Exception {
    try (Database database = Database.open(dataDir)) {
      try (Statement statement = database.connection().createStatement()) {
        statement.executeUpdate(
            "INSERT INTO schema_version (version, applied_at) VALUES (999, 'future')");
      }
    }
    assertThatThrownBy(() -> Database.open(dataDir))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("schema version 999");
  }

  @Test
  void scriptsSplitIntoStatementsWithoutComments() {
    assertThat(
            Migrations.statements(
                "-- a comment\nCREATE TABLE a (\n  x INTEGER -- why\n);\n\n-- more\nCREATE TABLE b (y);\n"))
        .containsExactly("CREATE TABLE a (\n  x INTEGER -- why\n);", "CREATE TABLE b (y);");
  }

  @Test
  void aTransactionThatFailsLeavesNothing() throws Exception {
    try (Database database = Database.open(dataDir)) {
      AccountStore accounts = new AccountStore(database);
      assertThatThrownBy(
              () ->
                  database.inTransaction(
                      connection -> {
                        accounts.create("half", keys());
                        throw new SQLException("boom");
                      }))
          .hasMessage("boom");
      assertThat(accounts.find("half")).isEmpty();
    }
  }

  static ScramKeys keys() {
    return new ScramKeys(new byte[16], 4096, new byte[32], new byte[32]);
  }
}
