package org.mplp.server.login;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mplp.server.store.ScramKeys;

/**
 * Keys for names the server does not have: derived from the server secret and the name, so that a
 * login naming an unknown account or device gets the same salt every time (REQ-LOGIN-002) and a
 * challenge that looks like a real one, and its proof is checked like a real one.
 */
public final class FakeKeys {

  private static final String HMAC = "HmacSHA256";

  private final SecretKeySpec secret;

  public FakeKeys(byte[] serverSecret) {
    this.secret = new SecretKeySpec(serverSecret.clone(), HMAC);
  }

  /** The fake keys of a name: the same for the same name and secret, unrelated across names. */
  public ScramKeys forName(String name) {
    byte[] salt = Arrays.copyOf(derive("salt", name), Scram.SALT_BYTES);
    return new ScramKeys(
        salt, Scram.ITERATIONS, derive("stored-key", name), derive("server-key", name));
  }

  private byte[] derive(String purpose, String name) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(secret);
      return mac.doFinal((purpose + "\0" + name).getBytes(StandardCharsets.UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
