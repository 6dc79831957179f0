package org.mplp.server.login;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.session.Outcome;
import org.mplp.server.session.Session;
import org.mplp.server.session.SessionRegistry;
import org.mplp.server.store.GroupCommit;
import org.mplp.server.store.StoreExecutor;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Login;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.LoginProof;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login per S21 to S26 (spec: Login): the SCRAM challenge ({@link ScramChallenges}), the check of
 * the proof under the throttle ({@link LoginLockouts}), then registration or resumption of the
 * device ({@link DeviceLogin}) in a group commit. Runs on the store thread.
 */
public final class LoginService {

  private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);

  private final StoreExecutor executor;
  private final LoginLockouts lockouts;
  private final ScramChallenges challenges;
  private final DeviceLogin deviceLogin;

  public LoginService(
      StoreExecutor executor,
      GroupCommit commits,
      AccountStore accounts,
      DeviceStore devices,
      SessionRegistry registry,
      LoginThrottle throttle,
      FakeKeys fakeKeys,
      SecureRandom random,
      int maxDevicesPerAccount,
      Clock clock) {
    this(
        executor,
        commits,
        accounts,
        devices,
        registry,
        throttle,
        fakeKeys,
        random,
        maxDevicesPerAccount,
        clock,
        false,
        false);
  }

  /**
   * @param challengeMalformed challenge a clientFirst that does not parse and refuse it at the
   *     proof, rather than at once (CHOICE-LOGIN-01)
   * @param offlineOnReplacement announce a replaced session offline before the device is online
   *     again (CHOICE-LOGIN-05)
   */
  public LoginService(
      StoreExecutor executor,
      GroupCommit commits,
      AccountStore accounts,
      DeviceStore devices,
      SessionRegistry registry,
      LoginThrottle throttle,
      FakeKeys fakeKeys,
      SecureRandom random,
      int maxDevicesPerAccount,
      Clock clock,
      boolean challengeMalformed,
      boolean offlineOnReplacement) {
    this.executor = executor;
    this.lockouts = new LoginLockouts(throttle);
    this.challenges =
        new ScramChallenges(accounts, devices, lockouts, fakeKeys, random, challengeMalformed);
    this.deviceLogin =
        new DeviceLogin(
            executor,
            commits,
            devices,
            registry,
            random,
            maxDevicesPerAccount,
            clock,
            offlineOnReplacement);
  }

  /** Answers a login, on the session's event loop. */
  public void begin(Session session, Login login, Consumer<Outcome<Challenge>> reply) {
    executor.submit(
        () -> begin(login, session.remoteIp()), session.eventLoop(), Outcome.replyingTo(reply));
  }

  /** Answers a proof, on the session's event loop. */
  public void finish(
      Session session, PendingLogin pending, LoginProof proof, Consumer<Outcome<LoginOk>> reply) {
    Consumer<Outcome<LoginOk>> onEventLoop =
        outcome -> session.onEventLoopReply(() -> reply.accept(outcome));
    executor.execute(
        () -> {
          try {
            checkThenComplete(session, pending, proof, onEventLoop);
          } catch (RuntimeException e) {
            Outcome.replyingTo(onEventLoop).accept(null, e);
          }
        });
  }

  /** The challenge to a login; see {@link ScramChallenges#challenge}. */
  Outcome<Challenge> begin(Login login, String ip) throws SQLException {
    return challenges.challenge(login, ip);
  }

  /**
   * Checks a proof under the throttle, then registers or resumes the device; {@code done} gets the
   * answer on the store thread, once the device's row is durable. Call on the store thread.
   */
  void checkThenComplete(
      Session session, PendingLogin pending, LoginProof proof, Consumer<Outcome<LoginOk>> done) {
    Login login = pending.login();
    String ip = session.remoteIp();
    Optional<Outcome<LoginOk>> locked = lockouts.lockedOut(login, ip);
    if (locked.isPresent()) {
      done.accept(locked.get());
      return;
    }
    ScramExchange.Verdict verdict;
    try {
      verdict = pending.exchange().verify(proof.clientFinal());
    } catch (ScramFormatException e) {
      lockouts.failed(login, ip);
      done.accept(Outcome.refused(ErrorCode.BAD_CREDENTIAL, e.getMessage()));
      return;
    }
    if (!verdict.proven() || pending.failure() != null) {
      lockouts.failed(login, ip);
      ErrorCode code = pending.failure() != null ? pending.failure() : ErrorCode.BAD_CREDENTIAL;
      LOG.debug("login of {} from {} failed: {}", login.account(), ip, code.code());
      done.accept(Outcome.refused(code, "the proof does not match the credential"));
      return;
    }
    lockouts.succeeded(login);
    deviceLogin.complete(session, pending, proof, verdict, done);
  }
}
