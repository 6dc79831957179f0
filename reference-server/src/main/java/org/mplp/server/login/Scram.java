package org.mplp.server.login;

import com.ongres.scram.common.ScramFunctions;
import com.ongres.scram.common.ScramMechanism;
import com.ongres.scram.common.StringPreparation;
import java.security.SecureRandom;
import org.mplp.server.store.ScramKeys;

/** The parameters of SCRAM-SHA-256 in MPLP, and the keys a secret gives (RFC 5802, RFC 7677). */
public final class Scram {

  public static final ScramMechanism MECHANISM = ScramMechanism.SCRAM_SHA_256;

  /** RFC 7677's minimum, and what every key this server makes uses. */
  public static final int ITERATIONS = 4096;

  public static final int SALT_BYTES = 16;

  /** The length of a server nonce, in characters. */
  static final int NONCE_LENGTH = 24;

  private Scram() {}

  /** New keys of a password or device credential, under a new random salt. */
  public static ScramKeys keysOf(char[] secret, SecureRandom random) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return keysOf(secret, salt, ITERATIONS);
  }

  /**
   * The keys of a secret (SaltedPassword, then StoredKey and ServerKey); the secret is not kept.
   */
  public static ScramKeys keysOf(char[] secret, byte[] salt, int iterations) {
    byte[] saltedPassword =
        ScramFunctions.saltedPassword(
            MECHANISM, StringPreparation.SASL_PREPARATION, secret, salt, iterations);
    byte[] clientKey = ScramFunctions.clientKey(MECHANISM, saltedPassword);
    return new ScramKeys(
        salt,
        iterations,
        ScramFunctions.storedKey(MECHANISM, clientKey),
        ScramFunctions.serverKey(MECHANISM, saltedPassword));
  }
}
