package org.mplp.conformance.driver;

import java.security.SecureRandom;
import java.util.Base64;

/** Random names and secrets no server can have: unknown accounts, wrong passwords, credentials. */
public final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

  private Secrets() {}

  /** An account name no server has: 24 random characters after "nx". */
  public static String unknownAccount() {
    StringBuilder s = new StringBuilder("nx");
    for (int i = 0; i < 24; i++) {
      s.append(NAME_CHARACTERS.charAt(RANDOM.nextInt(NAME_CHARACTERS.length())));
    }
    return s.toString();
  }

  /** A password that is not the account's, with the odds of a random 192-bit guess. */
  public static String wrongPassword() {
    return "wrong-" + random(24);
  }

  /** Something shaped like a device credential (256 bits, base64url, 43 characters). */
  public static String deviceCredential() {
    return random(32);
  }

  private static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
