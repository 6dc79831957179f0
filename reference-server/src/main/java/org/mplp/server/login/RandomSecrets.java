package org.mplp.server.login;

import java.security.SecureRandom;
import java.util.Base64;

/** New random device credentials, passwords and account names. */
final class RandomSecrets {

  /** 256 bits, as the spec's device credential (spec: Login, Credentials). */
  static final int CREDENTIAL_BYTES = 32;

  static final int PASSWORD_LENGTH = 24;

  /** 1 letter and 11 more characters: about 57 bits, enough to never collide in practice. */
  static final int ACCOUNT_NAME_LENGTH = 12;

  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final String NAME_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final SecureRandom random;

  public RandomSecrets(SecureRandom random) {
    this.random = random;
  }

  /** 32 random bytes, base64url without padding: 43 characters. */
  public String deviceCredential() {
    byte[] bytes = new byte[CREDENTIAL_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A password of letters and digits, without the ones easily mistaken for each other. */
  public String password() {
    return pick(PASSWORD_ALPHABET, PASSWORD_LENGTH);
  }

  /**
   * An account name in the pattern of common.schema.json: lower-case letters and digits, starting
   * with a letter, never a hyphen.
   */
  public String accountName() {
    return pick(NAME_ALPHABET.substring(0, 26), 1) + pick(NAME_ALPHABET, ACCOUNT_NAME_LENGTH - 1);
  }

  private String pick(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
