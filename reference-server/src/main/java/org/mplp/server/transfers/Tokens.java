package org.mplp.server.transfers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** Data channel tokens and transfer ids: random, base64url without padding. */
public final class Tokens {

  /** 256 bits: 43 characters (spec: Transfers, The data channel). */
  static final int TOKEN_BYTES = 32;

  /** 96 bits after "t-": never collides in practice; the table's unique key checks anyway. */
  static final int ID_BYTES = 12;

  private final SecureRandom random;

  public Tokens(SecureRandom random) {
    this.random = random;
  }

  public String token() {
    return encode(TOKEN_BYTES);
  }

  public String transferId() {
    return "t-" + encode(ID_BYTES);
  }

  /** The id of the transfers of one offer to several devices; never the id of a transfer. */
  public String groupId() {
    return "g-" + encode(ID_BYTES);
  }

  /** Compares in time that does not depend on where the two differ. */
  public static boolean same(String expected, String presented) {
    if (expected == null || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        presented.getBytes(StandardCharsets.US_ASCII));
  }

  private String encode(int bytes) {
    byte[] raw = new byte[bytes];
    random.nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }
}
