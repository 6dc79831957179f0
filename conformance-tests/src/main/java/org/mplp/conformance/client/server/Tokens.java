package org.mplp.conformance.client.server;

import java.security.SecureRandom;
import java.util.Base64;

/** Random tokens and credentials: 256 bits in 43 characters of base64url, as the spec's. */
final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {}

  static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
