package org.mplp.server;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.mplp.server.login.LoginThrottle;
import org.mplp.server.login.Scram;
import org.mplp.server.store.Database;
import org.mplp.server.store.MessageLog;
import org.mplp.server.store.StoreExecutor;
import org.mplp.spec.model.Limits;

/** Session services over a database in a test's directory, for handler-level tests. */
public final class TestServices implements AutoCloseable {

  private final StoreExecutor executor;
  private final Database database;
  private final MessageLog log;
  private final SessionServices services;

  private TestServices(
      StoreExecutor executor, Database database, MessageLog log, SessionServices services) {
    this.executor = executor;
    this.database = database;
    this.log = log;
    this.services = services;
  }

  /** Services whose work runs on the calling thread: for in-memory channels. */
  public static TestServices callerRuns(Path dataDir, Limits limits) {
    StoreExecutor executor = StoreExecutor.callerRuns();
    try {
      Database database = Database.open(dataDir);
      MessageLog log = MessageLog.open(dataDir, executor, SessionServices.MAX_GROUP);
      return new TestServices(
          executor,
          database,
          log,
          SessionServices.create(
              executor,
              database,
              log,
              limits,
              LoginThrottle.forLimits(
                  limits.maxLoginFailures(),
                  limits.lockoutSeconds(),
                  limits.maxLoginFailuresPerAddress()),
              Clock.systemUTC()));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public SessionServices services() {
    return services;
  }

  /** The database under the services, for tests that change it behind their back. */
  public Database database() {
    return database;
  }

  public void createAccount(String name, String password) throws Exception {
    executor
        .submit(
            () ->
                services
                    .accounts()
                    .create(
                        name,
                        Scram.keysOf(password.toCharArray(), new java.security.SecureRandom())))
        .get(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws SQLException {
    services.transfers().close();
    executor.close();
    log.close();
    database.close();
  }
}
