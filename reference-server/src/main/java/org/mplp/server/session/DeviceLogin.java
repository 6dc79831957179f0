package org.mplp.server.session;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.mplp.server.auth.RandomSecrets;
import org.mplp.server.auth.Scram;
import org.mplp.server.auth.ScramExchange;
import org.mplp.server.store.DeviceAddress;
import org.mplp.server.store.DeviceStore;
import org.mplp.server.store.NewDevice;
import org.mplp.server.store.StoredDevice;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Login;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.LoginProof;
import org.mplp.spec.model.Presence;
import org.mplp.spec.model.Terminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device of a proven login (spec: Login): registered when new, resumed when known, then bound
 * in the login registry and announced to the account's other devices. Runs on the store thread.
 */
final class DeviceLogin {

  private static final Logger LOG = LoggerFactory.getLogger(DeviceLogin.class);

  private final DeviceStore devices;
  private final SessionRegistry registry;
  private final SecureRandom random;
  private final RandomSecrets secrets;
  private final int maxDevicesPerAccount;
  private final Clock clock;

  DeviceLogin(
      DeviceStore devices,
      SessionRegistry registry,
      SecureRandom random,
      int maxDevicesPerAccount,
      Clock clock) {
    this.devices = devices;
    this.registry = registry;
    this.random = random;
    this.secrets = new RandomSecrets(random);
    this.maxDevicesPerAccount = maxDevicesPerAccount;
    this.clock = clock;
  }

  /** Registers or resumes the device of a proven login and answers login-ok. */
  Outcome<LoginOk> complete(
      Session session, PendingLogin pending, LoginProof proof, ScramExchange.Verdict verdict)
      throws SQLException {
    Login login = pending.login();
    String ip = session.remoteIp();
    String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    Terminal terminal = login.terminal();
    String credential = null;
    Optional<StoredDevice> device;
    if (pending.device() == null) {
      credential = secrets.deviceCredential();
      device =
          devices.register(
              new NewDevice(
                  login.account(),
                  terminal.type(),
                  terminal.label(),
                  terminal.clientName(),
                  terminal.clientVersion(),
                  now,
                  ip,
                  Scram.keysOf(credential.toCharArray(), random)),
              maxDevicesPerAccount);
      if (device.isEmpty()) {
        return Outcome.refused(
            ErrorCode.TOO_MANY_DEVICES,
            "the account has "
                + maxDevicesPerAccount
                + " devices registered; remove one before adding another");
      }
    } else {
      // The terminal's ip and loginTime claims are never read (REQ-LOGIN-012).
      device =
          devices.recordLogin(
              pending.device(), now, ip, terminal.clientName(), terminal.clientVersion());
      if (device.isEmpty()) {
        return Outcome.refused(ErrorCode.BAD_CREDENTIAL, "the device is no longer registered");
      }
    }
    return Outcome.done(loggedIn(session, device.get(), proof, verdict, credential));
  }

  /**
   * Puts the device in the login registry, ending an earlier session of it, and tells the account's
   * other online devices.
   */
  private LoginOk loggedIn(
      Session session,
      StoredDevice device,
      LoginProof proof,
      ScramExchange.Verdict verdict,
      String credential)
      throws SQLException {
    DeviceAddress address = device.address();
    List<StoredDevice> account = devices.listByAccount(address.account());
    boolean multiPoint = registry.anotherOnline(address);
    registry.bind(session, address).ifPresent(Session::replace);
    Device self = DeviceViews.of(device, Presence.ONLINE);
    List<Device> others =
        account.stream()
            .filter(other -> !other.address().equals(address))
            .map(other -> DeviceViews.of(other, registry))
            .toList();
    DeviceEventKind kind = credential != null ? DeviceEventKind.ADDED : DeviceEventKind.ONLINE;
    registry.broadcast(address, new DeviceEvent(kind, self));
    LOG.debug("{} logged in from {} ({})", address, session.remoteIp(), kind.wireName());
    return new LoginOk(proof.id(), verdict.serverFinal(), self, credential, multiPoint, others);
  }
}
