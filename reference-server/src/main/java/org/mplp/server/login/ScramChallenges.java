package org.mplp.server.login;

import com.ongres.scram.common.ScramFunctions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Optional;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.devices.StoredDevice;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.session.Outcome;
import org.mplp.server.store.ScramKeys;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Login;
import org.mplp.spec.model.LoginChallenge;

/**
 * The SCRAM challenge to a login (spec: Login), with the failure its proof will meet noted, not yet
 * told. Runs on the store thread.
 */
final class ScramChallenges {

  private final AccountStore accounts;
  private final DeviceStore devices;
  private final LoginLockouts lockouts;
  private final FakeKeys fakeKeys;
  private final SecureRandom random;
  private final boolean challengeMalformed;

  /**
   * @param challengeMalformed challenge a clientFirst that does not parse, to refuse it at the
   *     proof (CHOICE-LOGIN-01); refused at once otherwise
   */
  ScramChallenges(
      AccountStore accounts,
      DeviceStore devices,
      LoginLockouts lockouts,
      FakeKeys fakeKeys,
      SecureRandom random,
      boolean challengeMalformed) {
    this.accounts = accounts;
    this.devices = devices;
    this.lockouts = lockouts;
    this.fakeKeys = fakeKeys;
    this.random = random;
    this.challengeMalformed = challengeMalformed;
  }

  /**
   * The challenge: with the named credential's salt when it exists, else with fake keys of the
   * name, so that the challenge says nothing about existence (REQ-LOGIN-001, REQ-LOGIN-002).
   */
  Outcome<Challenge> challenge(Login login, String ip) throws SQLException {
    Optional<Outcome<Challenge>> locked = lockouts.lockedOut(login, ip);
    if (locked.isPresent()) {
      return locked.get();
    }
    ClientFirst clientFirst;
    try {
      clientFirst = ClientFirst.parse(login.clientFirst());
    } catch (ScramFormatException e) {
      if (challengeMalformed) {
        return malformed(login);
      }
      lockouts.failed(login, ip);
      return Outcome.refused(ErrorCode.BAD_CREDENTIAL, e.getMessage());
    }
    Optional<StoredAccount> account = accounts.find(login.account());
    ScramKeys keys;
    ErrorCode failure = null;
    DeviceAddress device = null;
    long deviceId = 0;
    if (login.device() == null) {
      keys = account.map(StoredAccount::keys).orElse(null);
    } else {
      device =
          DeviceAddress.parse(login.device())
              .filter(address -> address.account().equals(login.account()))
              .orElse(null);
      Optional<StoredDevice> stored = device == null ? Optional.empty() : devices.find(device);
      keys = stored.map(StoredDevice::keys).orElse(null);
      deviceId = stored.map(StoredDevice::id).orElse(0L);
      if (keys == null) {
        failure = ErrorCode.BAD_CREDENTIAL;
      }
    }
    if (account.isEmpty()) {
      // Answered as a wrong password, after the same work: no one learns which accounts exist
      // (REQ-LOGIN-003, REQ-LOGIN-024).
      failure = ErrorCode.BAD_CREDENTIAL;
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
            new PendingLogin(login, exchange, device, deviceId, failure)));
  }

  /**
   * A challenge like any other, with fake keys of the name and a nonce of its own, for a
   * clientFirst that does not parse: its proof is refused with bad-credential and counts as a
   * failed login then.
   */
  private Outcome<Challenge> malformed(Login login) {
    String username = login.device() == null ? login.account() : login.device();
    // The client's nonce could not be read: one of the server's stands in for it.
    String nonce = ScramFunctions.nonce(Scram.NONCE_LENGTH, random);
    ClientFirst stand = new ClientFirst("n,,", username, nonce, "n=" + username + ",r=" + nonce);
    ScramExchange exchange = ScramExchange.start(stand, fakeKeys.forName(username), random);
    return Outcome.done(
        new Challenge(
            new LoginChallenge(login.id(), exchange.serverFirst()),
            new PendingLogin(login, exchange, null, 0, ErrorCode.BAD_CREDENTIAL)));
  }
}
