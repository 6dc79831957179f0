package org.mplp.server;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.mplp.server.authority.AuthorityService;
import org.mplp.server.authority.DeviceSettingsStore;
import org.mplp.server.authority.SettingsFrames;
import org.mplp.server.authority.SettingsService;
import org.mplp.server.devices.DeviceService;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.login.AccountStore;
import org.mplp.server.login.FakeKeys;
import org.mplp.server.login.LoginService;
import org.mplp.server.login.LoginThrottle;
import org.mplp.server.login.Provisioning;
import org.mplp.server.login.ServerSecret;
import org.mplp.server.messages.MessageService;
import org.mplp.server.messages.MessageStore;
import org.mplp.server.session.SessionRegistry;
import org.mplp.server.store.Database;
import org.mplp.server.store.GroupCommit;
import org.mplp.server.store.MessageLog;
import org.mplp.server.store.StoreExecutor;
import org.mplp.server.transfers.Spool;
import org.mplp.server.transfers.Tokens;
import org.mplp.server.transfers.TransferService;
import org.mplp.server.transfers.TransferStore;
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
    TransferService transfers,
    GroupCommit commits,
    Set<Alternative> alternatives) {

  /** The most durable writes committed in one transaction or one message log group. */
  public static final int MAX_GROUP = 512;

  /**
   * Wires the services over an open database. Call on the store thread: it reads (on the first
   * start, creates) the server secret.
   */
  public static SessionServices create(
      StoreExecutor executor,
      Database database,
      MessageLog log,
      Limits limits,
      LoginThrottle throttle,
      Clock clock)
      throws SQLException {
    return create(executor, database, log, limits, throttle, clock, Set.of());
  }

  /** As above, giving these answers to open choices of the spec instead of the server's own. */
  public static SessionServices create(
      StoreExecutor executor,
      Database database,
      MessageLog log,
      Limits limits,
      LoginThrottle throttle,
      Clock clock,
      Set<Alternative> alternatives)
      throws SQLException {
    SecureRandom random = new SecureRandom();
    AccountStore accounts = new AccountStore(database);
    DeviceStore devices = new DeviceStore(database);
    SessionRegistry registry = new SessionRegistry();
    // One group commit for logins and transfers: what waits together shares one sync. Messages
    // have the message log's own.
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
            clock,
            alternatives.contains(Alternative.CHALLENGE_MALFORMED_LOGIN),
            alternatives.contains(Alternative.OFFLINE_ON_REPLACEMENT));
    DeviceSettingsStore deviceSettings = new DeviceSettingsStore(database);
    SettingsFrames settingsFrames = new SettingsFrames(deviceSettings, registry);
    MessageService messages =
        new MessageService(
            executor,
            database,
            log.commits(),
            new MessageStore(log.commits()),
            devices,
            deviceSettings,
            registry,
            limits.maxMessageBytes(),
            limits.maxPendingMessages(),
            // Message ids need not be secret, only unique: no SecureRandom on the message path.
            new SplittableRandom(random.nextLong()),
            clock);
    TransferService transfers =
        new TransferService(
            executor,
            commits,
            new TransferStore(database, clock),
            devices,
            deviceSettings,
            registry,
            limits,
            new Tokens(random),
            clock,
            alternatives.contains(Alternative.PROGRESS_OFTEN),
            alternatives.contains(Alternative.LAZY_EXPIRY));
    DeviceService deviceService =
        // A removed device's messages are settled before its transfers end, as they always were.
        new DeviceService(
            executor,
            devices,
            registry,
            List.of(messages, transfers),
            settingsFrames,
            alternatives.contains(Alternative.OFFLINE_BEFORE_REMOVAL));
    return new SessionServices(
        executor,
        accounts,
        login,
        deviceService,
        messages,
        new Provisioning(executor, accounts, random),
        registry,
        new SettingsService(
            executor,
            devices,
            deviceSettings,
            settingsFrames,
            alternatives.contains(Alternative.SETTINGS_AT_LOGIN)),
        new AuthorityService(
            executor, devices, deviceSettings, settingsFrames, registry, deviceService),
        transfers,
        commits,
        Set.copyOf(alternatives));
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
