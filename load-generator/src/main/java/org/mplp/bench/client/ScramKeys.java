package org.mplp.bench.client;

import java.util.Base64;

/**
 * The client side of a SCRAM secret for one salt and iteration count: what RFC 5802 (section 5.1)
 * lets a client cache so that a later login costs a few HMACs instead of a PBKDF2 run.
 */
public record ScramKeys(String salt, int iterations, byte[] clientKey, byte[] serverKey) {

  /** One line of a fleet file: salt, iterations, ClientKey, ServerKey. */
  public String encode() {
    Base64.Encoder b64 = Base64.getEncoder();
    return salt
        + " "
        + iterations
        + " "
        + b64.encodeToString(clientKey)
        + " "
        + b64.encodeToString(serverKey);
  }

  public static ScramKeys decode(
      String salt, String iterations, String clientKey, String serverKey) {
    Base64.Decoder b64 = Base64.getDecoder();
    return new ScramKeys(
        salt, Integer.parseInt(iterations), b64.decode(clientKey), b64.decode(serverKey));
  }

  public boolean fits(String otherSalt, int otherIterations) {
    return salt.equals(otherSalt) && iterations == otherIterations;
  }
}
