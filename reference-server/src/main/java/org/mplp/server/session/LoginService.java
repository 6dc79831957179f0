package org.mplp.server.session;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.mplp.server.auth.FakeKeys;
import org.mplp.server.auth.LoginThrottle;
import org.mplp.server.auth.ScramExchange;
import org.mplp.server.auth.ScramFormatException;
import org.mplp.server.store.AccountStore;
import org.mplp.server.store.DeviceStore;
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
 * device ({@link DeviceLogin}). Runs on the store thread.
 */
public final class LoginService {

  private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);

  private final StoreExecutor executor;
  private final LoginLockouts lockouts;
  private final ScramChallenges challenges;
  private final DeviceLogin deviceLogin;

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
    this.lockouts = new LoginLockouts(throttle);
    this.challenges = new ScramChallenges(accounts, devices, lockouts, fakeKeys, random);
    this.deviceLogin = new DeviceLogin(devices, registry, random, maxDevicesPerAccount, clock);
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

  /** The challenge to a login; see {@link ScramChallenges#challenge}. */
  Outcome<Challenge> begin(Login login, String ip) throws SQLException {
    return challenges.challenge(login, ip);
  }

  Outcome<LoginOk> finish(Session session, PendingLogin pending, LoginProof proof)
      throws SQLException {
    Login login = pending.login();
    String ip = session.remoteIp();
    Optional<Outcome<LoginOk>> locked = lockouts.lockedOut(login, ip);
    if (locked.isPresent()) {
      return locked.get();
    }
    ScramExchange.Verdict verdict;
    try {
      verdict = pending.exchange().verify(proof.clientFinal());
    } catch (ScramFormatException e) {
      lockouts.failed(login, ip);
      return Outcome.refused(ErrorCode.BAD_CREDENTIAL, e.getMessage());
    }
    if (!verdict.proven() || pending.failure() != null) {
      lockouts.failed(login, ip);
      ErrorCode code = pending.failure() != null ? pending.failure() : ErrorCode.BAD_CREDENTIAL;
      LOG.debug("login of {} from {} failed: {}", login.account(), ip, code.code());
      return Outcome.refused(code, failureMessage(code));
    }
    lockouts.succeeded(login);
    return deviceLogin.complete(session, pending, proof, verdict);
  }

  private static String failureMessage(ErrorCode code) {
    return switch (code) {
      case UNKNOWN_ACCOUNT -> "no such account";
      default -> "the proof does not match the credential";
    };
  }
}
