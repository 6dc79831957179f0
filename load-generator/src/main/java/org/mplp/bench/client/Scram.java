package org.mplp.bench.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * SCRAM-SHA-256 without channel binding (RFC 5802, RFC 7677), client side, for ASCII user names and
 * secrets (SASLprep leaves them unchanged). Salted keys are cached per secret, salt and iteration
 * count, so only the first login with a secret pays for PBKDF2.
 */
public final class Scram {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Map<String, ScramKeys> CACHE = new ConcurrentHashMap<>();

  private Scram() {}

  /** Seeds the cache with keys computed earlier (a fleet file). */
  public static void remember(String secret, ScramKeys keys) {
    CACHE.put(secret, keys);
  }

  /** The keys last used with this secret. */
  public static ScramKeys cachedKeys(String secret) {
    ScramKeys keys = CACHE.get(secret);
    if (keys == null) {
      throw new IllegalStateException("no login has used this secret yet");
    }
    return keys;
  }

  public static ScramKeys keysFor(String secret, String salt, int iterations) {
    ScramKeys cached = CACHE.get(secret);
    if (cached != null && cached.fits(salt, iterations)) {
      return cached;
    }
    ScramKeys computed = derive(secret, salt, iterations);
    CACHE.put(secret, computed);
    return computed;
  }

  public static String newNonce() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** client-first-message-bare: {@code n=user,r=nonce}. */
  public static String clientFirstBare(String user, String nonce) {
    return "n=" + user + ",r=" + nonce;
  }

  /** The client-final-message and the server signature it must see back, from server-first. */
  public static Exchange finish(String secret, String clientFirstBare, String serverFirst) {
    String nonce = attribute(serverFirst, 'r');
    String salt = attribute(serverFirst, 's');
    int iterations = Integer.parseInt(attribute(serverFirst, 'i'));
    ScramKeys keys = keysFor(secret, salt, iterations);
    String withoutProof = "c=biws,r=" + nonce;
    byte[] authMessage =
        (clientFirstBare + "," + serverFirst + "," + withoutProof)
            .getBytes(StandardCharsets.US_ASCII);
    byte[] storedKey = sha256(keys.clientKey());
    byte[] signature = hmac(storedKey, authMessage);
    byte[] proof = keys.clientKey().clone();
    for (int i = 0; i < proof.length; i++) {
      proof[i] ^= signature[i];
    }
    String serverSignature =
        Base64.getEncoder().encodeToString(hmac(keys.serverKey(), authMessage));
    return new Exchange(
        withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof), "v=" + serverSignature);
  }

  /** What to send as login-proof, and the server-final-message that proves the server. */
  public record Exchange(String clientFinal, String expectedServerFinal) {}

  static ScramKeys derive(String secret, String salt, int iterations) {
    try {
      SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
      byte[] salted =
          factory
              .generateSecret(
                  new PBEKeySpec(
                      secret.toCharArray(), Base64.getDecoder().decode(salt), iterations, 256))
              .getEncoded();
      return new ScramKeys(
          salt,
          iterations,
          hmac(salted, "Client Key".getBytes(StandardCharsets.US_ASCII)),
          hmac(salted, "Server Key".getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    }
  }

  private static String attribute(String message, char name) {
    for (String part : message.split(",")) {
      if (part.length() > 1 && part.charAt(0) == name && part.charAt(1) == '=') {
        return part.substring(2);
      }
    }
    throw new IllegalArgumentException("no " + name + "= in " + message);
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
