package org.mplp.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * The server's SQLite database, {@code <dataDir>/mplp.db}, in WAL mode so that the account command
 * can write while a server reads and writes. One connection, used by one thread at a time: the
 * server's store executor, or the account command's main thread.
 */
public final class Database implements AutoCloseable {

  public static final String FILE_NAME = "mplp.db";

  /** How long a writer waits for another process's write to end before failing. */
  static final int BUSY_TIMEOUT_MILLIS = 10_000;

  private final Connection connection;
  private final Path file;

  private Database(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  /** Opens (creating if needed) the database of a data directory and migrates its schema. */
  public static Database open(Path dataDir) throws SQLException {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new SQLException("cannot create the data directory " + dataDir + ": " + e, e);
    }
    Path file = dataDir.resolve(FILE_NAME);
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    // Every commit reaches the disk before it returns, WAL included: an acknowledged message
    // survives a crash of the process or of the machine (REQ-MSG-008). Messages commit in groups,
    // so this costs one sync per group, not per message.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    // Write transactions take the write lock at BEGIN, so two processes never deadlock upgrading
    // a read lock.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try {
      Migrations.apply(connection);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return new Database(connection, file);
  }

  public Path file() {
    return file;
  }

  Connection connection() {
    return connection;
  }

  /** Runs work in one write transaction: all of it is committed, or none. */
  <T> T inTransaction(Work<T> work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  /** Database work that may fail. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }
}
