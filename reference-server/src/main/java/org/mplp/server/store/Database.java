package org.mplp.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Statements prepared once and kept for the connection's life: SQLite compiles a statement on
   * every prepare, which cost the store thread as much as running it on the message path.
   */
  private final Map<String, PreparedStatement> prepared = new HashMap<>();

  private final List<TransactionListener> listeners = new ArrayList<>();
  private boolean inTransaction;

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
    // No extra "SELECT last_insert_rowid()" after every insert: only one insert needs its row id,
    // and it asks for it.
    config.setGetGeneratedKeys(false);
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

  /** The connection, for statements that are not kept prepared. */
  public Connection connection() {
    return connection;
  }

  /**
   * The statement for {@code sql}, prepared on first use and reused after: set every parameter
   * before running it, close its result set, and never close the statement itself.
   */
  public PreparedStatement prepared(String sql) throws SQLException {
    PreparedStatement statement = prepared.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      prepared.put(sql, statement);
    }
    return statement;
  }

  private long dataVersion = -1;

  /**
   * Whether another process (the account command) committed since the last call: SQLite's {@code
   * PRAGMA data_version} changes only with other connections' commits.
   */
  public boolean changedElsewhere() throws SQLException {
    try (java.sql.ResultSet row = prepared("PRAGMA data_version").executeQuery()) {
      long version = row.next() ? row.getLong(1) : 0;
      boolean changed = dataVersion >= 0 && version != dataVersion;
      dataVersion = version;
      return changed;
    }
  }

  /** Runs work in one write transaction: all of it is committed, or none. */
  public <T> T inTransaction(Work<T> work) throws SQLException {
    if (inTransaction) {
      // Inside a transaction already: the work joins it and commits with it.
      return work.run(connection);
    }
    connection.setAutoCommit(false);
    inTransaction = true;
    try {
      T result = work.run(connection);
      connection.commit();
      inTransaction = false;
      listeners.forEach(TransactionListener::committed);
      return result;
    } catch (SQLException | RuntimeException e) {
      inTransaction = false;
      listeners.forEach(TransactionListener::rolledBack);
      connection.rollback();
      throw e;
    } finally {
      inTransaction = false;
      connection.setAutoCommit(true);
    }
  }

  /** Whether {@link #inTransaction} is running: writes now are undone if it fails. */
  public boolean inTransaction() {
    return inTransaction;
  }

  /** Tells {@code listener} how every later transaction ends. */
  public void addTransactionListener(TransactionListener listener) {
    listeners.add(listener);
  }

  /** Told how a transaction ended, for state kept in memory beside the tables. */
  public interface TransactionListener {
    void committed();

    void rolledBack();
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : prepared.values()) {
      statement.close();
    }
    prepared.clear();
    connection.close();
  }

  /** Database work that may fail. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }
}
