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
import org.mplp.server.transfer.Spool;
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
    SettingsService settings,
    AuthorityService authority,
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
    // One group commit for logins, messages and transfers: what waits together shares one sync.
    GroupCommit commits = new GroupCommit(database, executor, MAX_GROUP);
    FakeKeys fakeKeys = new FakeKeys(ServerSecret.loadOrCreate(database, random));
    LoginService login =
        new LoginService(
            executor,
            commits,
            accounts,
            devices,
            registry,
            throttle,
            fakeKeys,
            random,
            limits.maxDevicesPerAccount(),
            clock);
    DeviceSettingsStore deviceSettings = new DeviceSettingsStore(database);
    SettingsFrames settingsFrames = new SettingsFrames(deviceSettings, registry);
    MessageService messages =
        new MessageService(
            executor,
            commits,
            new MessageStore(database),
            devices,
            deviceSettings,
            registry,
            limits.maxMessageBytes(),
            limits.maxPendingMessages(),
            random,
            clock);
    TransferService transfers =
        new TransferService(
            executor,
            commits,
            new TransferStore(database),
            devices,
            deviceSettings,
            registry,
            limits,
            new Tokens(random),
            clock);
    DeviceService deviceService =
        new DeviceService(executor, devices, registry, messages, settingsFrames, transfers);
    return new SessionServices(
        executor,
        accounts,
        login,
        deviceService,
        messages,
        new Provisioning(executor, accounts, random),
        registry,
        new SettingsService(executor, devices, deviceSettings, settingsFrames),
        new AuthorityService(
            executor, devices, deviceSettings, settingsFrames, registry, deviceService),
        transfers);
  }

  /**
   * Attaches the data channel's spool, then picks up the transfers a restart left, so that the
   * expiries found at start discard their bytes as well. Call on the store thread, once.
   */
  public void startTransfers(Spool spool) throws SQLException {
    transfers.useSpool(spool);
    transfers.start();
  }
}
