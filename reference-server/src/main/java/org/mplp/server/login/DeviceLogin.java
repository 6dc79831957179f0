package org.mplp.server.login;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.devices.DeviceViews;
import org.mplp.server.devices.NewDevice;
import org.mplp.server.devices.StoredDevice;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.session.Outcome;
import org.mplp.server.session.Session;
import org.mplp.server.session.SessionRegistry;
import org.mplp.server.store.GroupCommit;
import org.mplp.server.store.StoreExecutor;
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
 * in the login registry and announced to the account's other devices. Runs on the store thread; the
 * device's row is written in a group commit, a new device's keys derived on a key thread.
 */
final class DeviceLogin {

  private static final Logger LOG = LoggerFactory.getLogger(DeviceLogin.class);

  private final StoreExecutor executor;
  private final GroupCommit commits;
  private final DeviceStore devices;
  private final SessionRegistry registry;
  private final SecureRandom random;
  private final RandomSecrets secrets;
  private final int maxDevicesPerAccount;
  private final Clock clock;
  private final boolean offlineOnReplacement;

  DeviceLogin(
      StoreExecutor executor,
      GroupCommit commits,
      DeviceStore devices,
      SessionRegistry registry,
      SecureRandom random,
      int maxDevicesPerAccount,
      Clock clock,
      boolean offlineOnReplacement) {
    this.executor = executor;
    this.offlineOnReplacement = offlineOnReplacement;
    this.commits = commits;
    this.devices = devices;
    this.registry = registry;
    this.random = random;
    this.secrets = new RandomSecrets(random);
    this.maxDevicesPerAccount = maxDevicesPerAccount;
    this.clock = clock;
  }

  /**
   * Registers or resumes the device of a proven login and hands login-ok to {@code done} once the
   * device's row is durable. Call on the store thread; {@code done} runs there too.
   */
  void complete(
      Session session,
      PendingLogin pending,
      LoginProof proof,
      ScramExchange.Verdict verdict,
      Consumer<Outcome<LoginOk>> done) {
    Login login = pending.login();
    String ip = session.remoteIp();
    String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    Terminal terminal = login.terminal();
    if (pending.device() != null) {
      // The terminal's ip and loginTime claims are never read (REQ-LOGIN-012).
      commit(
          () -> {
            // The device the challenge was made for, not whichever holds its address now.
            Optional<StoredDevice> current = devices.find(pending.device());
            if (current.isEmpty() || current.get().id() != pending.deviceId()) {
              return Optional.empty();
            }
            return devices.recordLoginInTransaction(
                pending.device(), now, ip, terminal.clientName(), terminal.clientVersion());
          },
          device ->
              device.isEmpty()
                  ? Outcome.refused(ErrorCode.BAD_CREDENTIAL, "the device is no longer registered")
                  : Outcome.done(loggedIn(session, device.get(), proof, verdict, null)),
          done);
      return;
    }
    String credential = secrets.deviceCredential();
    // PBKDF2 of the new credential on a key thread: the store thread keeps committing meanwhile.
    executor.offStore(
        () -> Scram.keysOf(credential.toCharArray(), random),
        (keys, failure) -> {
          if (failure != null) {
            done.accept(internalError(failure));
            return;
          }
          NewDevice device =
              new NewDevice(
                  login.account(),
                  terminal.type(),
                  terminal.label(),
                  terminal.clientName(),
                  terminal.clientVersion(),
                  now,
                  ip,
                  keys);
          commit(
              () -> devices.registerInTransaction(device, maxDevicesPerAccount),
              registered ->
                  registered.isEmpty()
                      ? Outcome.refused(
                          ErrorCode.TOO_MANY_DEVICES,
                          "the account has "
                              + maxDevicesPerAccount
                              + " devices registered; remove one before adding another")
                      : Outcome.done(
                          loggedIn(session, registered.get(), proof, verdict, credential)),
              done);
        });
  }

  /** The device write of a login, in a group commit; {@code answer} runs once it is durable. */
  private void commit(DeviceWrite write, DeviceAnswer answer, Consumer<Outcome<LoginOk>> done) {
    commits.submit(
        new GroupCommit.Job() {
          @Override
          public Runnable write() throws SQLException {
            Optional<StoredDevice> device = write.run();
            return () -> {
              Outcome<LoginOk> outcome;
              try {
                outcome = answer.apply(device);
              } catch (SQLException | RuntimeException e) {
                outcome = internalError(e);
              }
              done.accept(outcome);
            };
          }

          @Override
          public void failed(Exception cause) {
            done.accept(internalError(cause));
          }
        });
  }

  private static Outcome<LoginOk> internalError(Throwable cause) {
    LOG.warn("a login failed in the server", cause);
    return Outcome.refused(ErrorCode.INTERNAL_ERROR, "the server failed to handle the frame");
  }

  /** A device write inside the group's transaction. */
  @FunctionalInterface
  private interface DeviceWrite {
    Optional<StoredDevice> run() throws SQLException;
  }

  /** The answer to a login once its device write is durable. */
  @FunctionalInterface
  private interface DeviceAnswer {
    Outcome<LoginOk> apply(Optional<StoredDevice> device) throws SQLException;
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
    Optional<Session> replaced = registry.bind(session, address, device.id());
    replaced.ifPresent(Session::replace);
    Device self = DeviceViews.of(device, Presence.ONLINE);
    if (replaced.isPresent() && offlineOnReplacement) {
      // CHOICE-LOGIN-05: the earlier session's end, then the new login.
      registry.broadcast(
          address,
          new DeviceEvent(DeviceEventKind.OFFLINE, DeviceViews.of(device, Presence.OFFLINE)));
    }
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
