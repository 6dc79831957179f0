package org.mplp.server.session;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import org.mplp.server.auth.FakeKeys;
import org.mplp.server.auth.LoginThrottle;
import org.mplp.server.store.AccountStore;
import org.mplp.server.store.Database;
import org.mplp.server.store.DeviceSettingsStore;
import org.mplp.server.store.DeviceStore;
import org.mplp.server.store.GroupCommit;
import org.mplp.server.store.MessageStore;
import org.mplp.server.store.ServerSecret;
import org.mplp.server.store.StoreExecutor;
import org.mplp.server.store.TransferStore;
import org.mplp.server.transfer.Tokens;
import org.mplp.spec.model.Limits;

/**
 * What control channels and the provisioning endpoint need beyond the opening exchange: the login,
 * device and provisioning services, the registry they share, and the one store thread they run on.
 */
public record SessionServices(
    StoreExecutor executor,
    AccountStore accounts,
    LoginService login,
    DeviceService devices,
    MessageService messages,
    Provisioning provisioning,
    SessionRegistry registry,
    TransferService transfers) {

  /** The most durable writes committed in one transaction. */
  static final int MAX_GROUP = 512;

  /**
   * Wires the services over an open database. Call on the store thread: it reads (on the first
   * start, creates) the server secret.
   */
  public static SessionServices create(
      StoreExecutor executor, Database database, Limits limits, LoginThrottle throttle, Clock clock)
      throws SQLException {
    SecureRandom random = new SecureRandom();
    AccountStore accounts = new AccountStore(database);
    DeviceStore devices = new DeviceStore(database);
    SessionRegistry registry = new SessionRegistry();
    FakeKeys fakeKeys = new FakeKeys(ServerSecret.loadOrCreate(database, random));
    LoginService login =
        new LoginService(
            executor,
            accounts,
            devices,
            registry,
            throttle,
            fakeKeys,
            random,
            limits.maxDevicesPerAccount(),
            clock);
    MessageService messages =
        new MessageService(
            executor,
            new GroupCommit(database, executor, MAX_GROUP),
            new MessageStore(database),
            devices,
            registry,
            limits.maxMessageBytes(),
            limits.maxPendingMessages(),
            random,
            clock);
    TransferService transfers =
        new TransferService(
            executor,
            new GroupCommit(database, executor, MAX_GROUP),
            new TransferStore(database),
            devices,
            new DeviceSettingsStore(database),
            registry,
            limits,
            new Tokens(random),
            clock);
    transfers.start();
    return new SessionServices(
        executor,
        accounts,
        login,
        new DeviceService(executor, devices, registry, messages, transfers),
        messages,
        new Provisioning(executor, accounts, random),
        registry,
        transfers);
  }
}
