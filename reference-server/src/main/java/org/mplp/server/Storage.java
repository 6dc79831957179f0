package org.mplp.server;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import org.mplp.server.login.LoginThrottle;
import org.mplp.server.store.Database;
import org.mplp.server.store.MessageLog;
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
  private final MessageLog log;
  private final SessionServices services;

  private Storage(
      StoreExecutor executor, Database database, MessageLog log, SessionServices services) {
    this.executor = executor;
    this.database = database;
    this.log = log;
    this.services = services;
  }

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

  /**
   * Opens and migrates {@code <dataDir>/mplp.db} on the store thread, opens the message log beside
   * it, wires the services, and settles what a crash left half done.
   */
  static Storage open(ServerConfig config) throws IOException {
    StoreExecutor executor = new StoreExecutor();
    Database database = null;
    MessageLog log = null;
    try {
      database = executor.submit(() -> Database.open(config.dataDir())).get();
      log = MessageLog.open(config.dataDir(), executor, SessionServices.MAX_GROUP);
      Database opened = database;
      MessageLog openedLog = log;
      SessionServices services =
          executor
              .submit(
                  () -> {
                    SessionServices created =
                        SessionServices.create(
                            executor,
                            opened,
                            openedLog,
                            config.limits(),
                            LoginThrottle.forLimits(
                                config.limits().maxLoginFailures(),
                                config.limits().lockoutSeconds(),
                                config.limits().maxLoginFailuresPerAddress()),
                            Clock.systemUTC(),
                            config.alternatives());
                    int carried = created.messages().carryOver(opened);
                    if (carried > 0) {
                      LOG.info("carried {} rows of messages from mplp.db into the log", carried);
                    }
                    int settled = created.messages().reconcile();
                    if (settled > 0) {
                      LOG.info("discarded the messages of {} removed devices", settled);
                    }
                    return created;
                  })
              .get();
      return new Storage(executor, database, log, services);
    } catch (IOException e) {
      closeQuietly(executor, database, log);
      throw e;
    } catch (ExecutionException e) {
      closeQuietly(executor, database, log);
      throw new IOException(
          "cannot open the database in " + config.dataDir() + ": " + e.getCause().getMessage(),
          e.getCause());
    } catch (InterruptedException e) {
      closeQuietly(executor, database, log);
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
    closeQuietly(executor, database, log);
  }

  private static void closeQuietly(StoreExecutor executor, Database database, MessageLog log) {
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
    if (log != null) {
      log.close();
    }
  }
}
