package org.mplp.server;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import org.mplp.server.login.LoginThrottle;
import org.mplp.server.store.Database;
import org.mplp.server.store.StoreExecutor;
import org.mplp.server.transfers.Spool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server's database, the one thread that uses it, and the services over both. Opened before the
 * port is bound, closed after the connections are gone.
 */
final class Storage implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Storage.class);

  private final StoreExecutor executor;
  private final Database database;
  private final SessionServices services;

  private Storage(StoreExecutor executor, Database database, SessionServices services) {
    this.executor = executor;
    this.database = database;
    this.services = services;
  }

  /** Opens and migrates {@code <dataDir>/mplp.db} on the store thread, and wires the services. */
  /** Starts the transfers on the store thread, with the data channel's spool attached. */
  void startTransfers(Spool spool) throws IOException {
    try {
      executor
          .submit(
              () -> {
                services.startTransfers(spool);
                return null;
              })
          .get();
    } catch (ExecutionException e) {
      throw new IOException(
          "cannot start the transfers: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting the transfers", e);
    }
  }

  static Storage open(ServerConfig config) throws IOException {
    StoreExecutor executor = new StoreExecutor();
    Database database = null;
    try {
      database = executor.submit(() -> Database.open(config.dataDir())).get();
      Database opened = database;
      SessionServices services =
          executor
              .submit(
                  () ->
                      SessionServices.create(
                          executor,
                          opened,
                          config.limits(),
                          LoginThrottle.forLimits(
                              config.limits().maxLoginFailures(),
                              config.limits().lockoutSeconds(),
                              config.limits().maxLoginFailuresPerAddress()),
                          Clock.systemUTC(),
                          config.alternatives()))
              .get();
      return new Storage(executor, database, services);
    } catch (ExecutionException e) {
      closeQuietly(executor, database);
      throw new IOException(
          "cannot open the database in " + config.dataDir() + ": " + e.getCause().getMessage(),
          e.getCause());
    } catch (InterruptedException e) {
      closeQuietly(executor, database);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while opening the database", e);
    }
  }

  SessionServices services() {
    return services;
  }

  /** Runs what is queued on the store thread, then closes the database. */
  @Override
  public void close() {
    services.transfers().close();
    closeQuietly(executor, database);
  }

  private static void closeQuietly(StoreExecutor executor, Database database) {
    if (database != null) {
      executor.execute(
          () -> {
            try {
              database.close();
            } catch (SQLException e) {
              LOG.warn("closing the database failed", e);
            }
          });
    }
    executor.close();
  }
}
