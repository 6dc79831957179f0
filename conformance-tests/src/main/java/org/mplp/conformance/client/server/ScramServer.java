package org.mplp.conformance.client.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's side of one SCRAM-SHA-256 exchange (RFC 5802 section 3), from the JDK's primitives.
 * The kit knows the secret (the account's password or a device credential it issued), so it derives
 * the keys itself; it can sign with a wrong key when a scenario asks.
 */
final class ScramServer {
  static final int ITERATIONS = 4096;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String secret;
  private final byte[] salt = new byte[16];
  private final String username;
  private final String clientFirstBare;
  private final String serverFirst;

  /** Starts from the client's first message; null when it does not parse. */
  static ScramServer start(String clientFirst, String secret) {
    // gs2-header: "n" or "y" (channel binding is not used), an optional authzid, then the bare
    // part.
    int first = clientFirst.indexOf(',');
    int second = first < 0 ? -1 : clientFirst.indexOf(',', first + 1);
    if (second < 0 || !(clientFirst.startsWith("n,") || clientFirst.startsWith("y,"))) {
      return null;
    }
    String bare = clientFirst.substring(second + 1);
    String user = attribute(bare, "n");
    String nonce = attribute(bare, "r");
    if (user == null || nonce == null) {
      return null;
    }
    return new ScramServer(secret, bare, user.replace("=2C", ",").replace("=3D", "="), nonce);
  }

  private ScramServer(String secret, String bare, String username, String clientNonce) {
    this.secret = secret;
    this.clientFirstBare = bare;
    this.username = username;
    RANDOM.nextBytes(salt);
    byte[] nonce = new byte[18];
    RANDOM.nextBytes(nonce);
    this.serverFirst =
        "r="
            + clientNonce
            + Base64.getEncoder().encodeToString(nonce)
            + ",s="
            + Base64.getEncoder().encodeToString(salt)
            + ",i="
            + ITERATIONS;
  }

  String username() {
    return username;
  }

  String serverFirst() {
    return serverFirst;
  }

  /** The server-final-message when the proof matches, else null; signed wrongly when asked. */
  String finish(String clientFinal, boolean wrongSignature) throws GeneralSecurityException {
    int at = clientFinal.lastIndexOf(",p=");
    if (at < 0 || secret == null) {
      return null;
    }
    String withoutProof = clientFinal.substring(0, at);
    String nonce = attribute(withoutProof, "r");
    if (nonce == null || !serverFirst.startsWith("r=" + nonce + ",")) {
      return null;
    }
    byte[] proof;
    try {
      proof = Base64.getDecoder().decode(clientFinal.substring(at + 3));
    } catch (IllegalArgumentException e) {
      return null;
    }
    String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
    byte[] salted = salted(secret);
    byte[] storedKey = sha256(hmac(salted, "Client Key"));
    byte[] clientSignature = hmac(storedKey, authMessage);
    if (proof.length != clientSignature.length) {
      return null;
    }
    byte[] clientKey = new byte[proof.length];
    for (int i = 0; i < proof.length; i++) {
      clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
    }
    if (!MessageDigest.isEqual(sha256(clientKey), storedKey)) {
      return null;
    }
    byte[] serverKey = hmac(wrongSignature ? salted("not " + secret) : salted, "Server Key");
    return "v=" + Base64.getEncoder().encodeToString(hmac(serverKey, authMessage));
  }

  private static String attribute(String message, String name) {
    for (String part : message.split(",")) {
      if (part.startsWith(name + "=")) {
        return part.substring(name.length() + 1);
      }
    }
    return null;
  }

  private byte[] salted(String text) throws GeneralSecurityException {
    PBEKeySpec spec = new PBEKeySpec(text.toCharArray(), salt, ITERATIONS, 256);
    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
  }

  private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sha256(byte[] bytes) throws GeneralSecurityException {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }
}
