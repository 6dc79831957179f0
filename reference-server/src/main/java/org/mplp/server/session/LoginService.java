package org.mplp.server.session;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mplp.server.auth.ClientFirst;
import org.mplp.server.auth.FakeKeys;
import org.mplp.server.auth.LoginThrottle;
import org.mplp.server.auth.RandomSecrets;
import org.mplp.server.auth.Scram;
import org.mplp.server.auth.ScramExchange;
import org.mplp.server.auth.ScramFormatException;
import org.mplp.server.store.AccountStore;
import org.mplp.server.store.DeviceAddress;
import org.mplp.server.store.DeviceStore;
import org.mplp.server.store.NewDevice;
import org.mplp.server.store.ScramKeys;
import org.mplp.server.store.StoreExecutor;
import org.mplp.server.store.StoredAccount;
import org.mplp.server.store.StoredDevice;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Login;
import org.mplp.spec.model.LoginChallenge;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.LoginProof;
import org.mplp.spec.model.Presence;
import org.mplp.spec.model.Terminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login per S21 to S26 (spec: Login): the SCRAM challenge, the check of the proof, registration or
 * resumption of the device, the login registry and the events to the account's other devices. Runs
 * on the store thread.
 */
public final class LoginService {

  private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);

  private final StoreExecutor executor;
  private final AccountStore accounts;
  private final DeviceStore devices;
  private final SessionRegistry registry;
  private final LoginThrottle throttle;
  private final FakeKeys fakeKeys;
  private final SecureRandom random;
  private final RandomSecrets secrets;
  private final int maxDevicesPerAccount;
  private final Clock clock;

  LoginService(
      StoreExecutor executor,
      AccountStore accounts,
      DeviceStore devices,
      SessionRegistry registry,
      LoginThrottle throttle,
      FakeKeys fakeKeys,
      SecureRandom random,
      int maxDevicesPerAccount,
      Clock clock) {
    this.executor = executor;
    this.accounts = accounts;
    this.devices = devices;
    this.registry = registry;
    this.throttle = throttle;
    this.fakeKeys = fakeKeys;
    this.random = random;
    this.secrets = new RandomSecrets(random);
    this.maxDevicesPerAccount = maxDevicesPerAccount;
    this.clock = clock;
  }

  /** Answers a login, on the session's event loop. */
  public void begin(Session session, Login login, Consumer<Outcome<Challenge>> reply) {
    executor.submit(
        () -> begin(login, session.remoteIp()), session.eventLoop(), Outcome.replyingTo(reply));
  }

  /** Answers a proof, on the session's event loop. */
  public void finish(
      Session session, PendingLogin pending, LoginProof proof, Consumer<Outcome<LoginOk>> reply) {
    executor.submit(
        () -> finish(session, pending, proof), session.eventLoop(), Outcome.replyingTo(reply));
  }

  /**
   * The challenge: with the named credential's salt when it exists, else with fake keys of the
   * name, so that the challenge says nothing about existence (REQ-LOGIN-001, REQ-LOGIN-002).
   */
  Outcome<Challenge> begin(Login login, String ip) throws SQLException {
    Optional<Outcome<Challenge>> locked = lockedOut(login, ip);
    if (locked.isPresent()) {
      return locked.get();
    }
    ClientFirst clientFirst;
    try {
      clientFirst = ClientFirst.parse(login.clientFirst());
    } catch (ScramFormatException e) {
      failed(login, ip);
      return Outcome.refused(ErrorCode.BAD_CREDENTIAL, e.getMessage());
    }
    Optional<StoredAccount> account = accounts.find(login.account());
    ScramKeys keys;
    ErrorCode failure = null;
    DeviceAddress device = null;
    if (login.device() == null) {
      keys = account.map(StoredAccount::keys).orElse(null);
    } else {
      device =
          DeviceAddress.parse(login.device())
              .filter(address -> address.account().equals(login.account()))
              .orElse(null);
      Optional<StoredDevice> stored = device == null ? Optional.empty() : devices.find(device);
      keys = stored.map(StoredDevice::keys).orElse(null);
      if (keys == null) {
        failure = ErrorCode.BAD_CREDENTIAL;
      }
    }
    if (account.isEmpty()) {
      failure = ErrorCode.UNKNOWN_ACCOUNT;
    }
    String username = login.device() == null ? login.account() : login.device();
    if (failure == null && !clientFirst.username().equals(username)) {
      failure = ErrorCode.BAD_CREDENTIAL;
    }
    if (keys == null) {
      keys = fakeKeys.forName(username);
    }
    ScramExchange exchange = ScramExchange.start(clientFirst, keys, random);
    return Outcome.done(
        new Challenge(
            new LoginChallenge(login.id(), exchange.serverFirst()),
            new PendingLogin(login, exchange, device, failure)));
  }

  Outcome<LoginOk> finish(Session session, PendingLogin pending, LoginProof proof)
      throws SQLException {
    Login login = pending.login();
    String ip = session.remoteIp();
    Optional<Outcome<LoginOk>> locked = lockedOut(login, ip);
    if (locked.isPresent()) {
      return locked.get();
    }
    ScramExchange.Verdict verdict;
    try {
      verdict = pending.exchange().verify(proof.clientFinal());
    } catch (ScramFormatException e) {
      failed(login, ip);
      return Outcome.refused(ErrorCode.BAD_CREDENTIAL, e.getMessage());
    }
    if (!verdict.proven() || pending.failure() != null) {
      failed(login, ip);
      ErrorCode code = pending.failure() != null ? pending.failure() : ErrorCode.BAD_CREDENTIAL;
      LOG.debug("login of {} from {} failed: {}", login.account(), ip, code.code());
      return Outcome.refused(code, failureMessage(code));
    }
    if (login.device() == null) {
      throttle.passwordLoginSucceeded(login.account());
    }
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

  /**
   * A password login is held by its account's lockout and its address's, a device credential login
   * by its address's only (REQ-LOGIN-016, REQ-LOGIN-022).
   */
  private <T> Optional<Outcome<T>> lockedOut(Login login, String ip) {
    return (login.device() == null
            ? throttle.passwordLoginLocked(login.account(), ip)
            : throttle.credentialLoginLocked(ip))
        .map(
            lock ->
                Outcome.refused(
                    ErrorCode.LOCKED_OUT,
                    lock == LoginThrottle.Lock.ACCOUNT
                        ? "too many failed password logins of this account; try again later"
                        : "too many failed logins from this address; try again later"));
  }

  /**
   * Counts a failure: a password login's toward its account's lockout and its address's, a device
   * credential login's toward its address's only, whether or not the account exists.
   */
  private void failed(Login login, String ip) {
    if (login.device() == null) {
      throttle.passwordLoginFailed(login.account(), ip);
    } else {
      throttle.credentialLoginFailed(ip);
    }
  }

  private static String failureMessage(ErrorCode code) {
    return switch (code) {
      case UNKNOWN_ACCOUNT -> "no such account";
      default -> "the proof does not match the credential";
    };
  }
}
