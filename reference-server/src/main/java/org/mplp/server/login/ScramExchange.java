package org.mplp.server.login;

import com.ongres.scram.common.ScramFunctions;
import com.ongres.scram.common.ServerFirstMessage;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.mplp.server.store.ScramKeys;

/**
 * The server's side of one SCRAM-SHA-256 exchange (RFC 5802 section 5): the server-first-message
 * for a client-first-message, then the check of the client's proof. The proof is checked in full
 * whatever the keys are, real or fake, so that the time taken says nothing about them.
 */
public final class ScramExchange {

  private static final Base64.Encoder BASE64 = Base64.getEncoder();

  private final ClientFirst clientFirst;
  private final ScramKeys keys;
  private final String nonce;
  private final String serverFirst;

  private ScramExchange(ClientFirst clientFirst, ScramKeys keys, String serverNonce) {
    this.clientFirst = clientFirst;
    this.keys = keys;
    this.nonce = clientFirst.clientNonce() + serverNonce;
    this.serverFirst =
        new ServerFirstMessage(
                clientFirst.clientNonce(),
                serverNonce,
                BASE64.encodeToString(keys.salt()),
                keys.iterations())
            .toString();
  }

  /** Starts an exchange with the keys of the named credential, or fake ones. */
  public static ScramExchange start(ClientFirst clientFirst, ScramKeys keys, SecureRandom random) {
    return start(clientFirst, keys, ScramFunctions.nonce(Scram.NONCE_LENGTH, random));
  }

  /** With the server's part of the nonce given: for the test vectors of RFC 7677. */
  static ScramExchange start(ClientFirst clientFirst, ScramKeys keys, String serverNonce) {
    return new ScramExchange(clientFirst, keys, serverNonce);
  }

  public String serverFirst() {
    return serverFirst;
  }

  /**
   * Checks a client-final-message.
   *
   * @return the server-final-message when the proof matches the keys
   * @throws ScramFormatException when the message does not parse, or does not continue this
   *     exchange (another nonce, a channel-binding attribute other than the header's)
   */
  public Verdict verify(String clientFinal) throws ScramFormatException {
    int proofAt = clientFinal.lastIndexOf(",p=");
    if (proofAt < 0) {
      throw new ScramFormatException("the client-final-message has no proof");
    }
    String withoutProof = clientFinal.substring(0, proofAt);
    String[] attributes = withoutProof.split(",", -1);
    String expectedBinding =
        "c=" + BASE64.encodeToString(clientFirst.gs2Header().getBytes(StandardCharsets.UTF_8));
    if (attributes.length < 2 || !attributes[0].equals(expectedBinding)) {
      throw new ScramFormatException("the channel-binding attribute does not match the gs2 header");
    }
    if (!attributes[1].equals("r=" + nonce)) {
      throw new ScramFormatException("the nonce is not the one of this exchange");
    }
    byte[] proof;
    try {
      proof = Base64.getDecoder().decode(clientFinal.substring(proofAt + 3));
    } catch (IllegalArgumentException e) {
      throw new ScramFormatException("the proof is not base64");
    }
    String authMessage = clientFirst.bare() + "," + serverFirst + "," + withoutProof;
    // A proof of the wrong length is checked against a zero proof, so that it costs the same.
    byte[] storedKey = keys.storedKey();
    boolean rightLength = proof.length == storedKey.length;
    byte[] checked = rightLength ? proof : new byte[storedKey.length];
    boolean proven =
        ScramFunctions.verifyClientProof(Scram.MECHANISM, checked, storedKey, authMessage)
            && rightLength;
    String serverFinal =
        "v="
            + BASE64.encodeToString(
                ScramFunctions.serverSignature(Scram.MECHANISM, keys.serverKey(), authMessage));
    return new Verdict(proven, serverFinal);
  }

  /** Whether the proof matched, and the server-final-message to send when it did. */
  public record Verdict(boolean proven, String serverFinal) {}
}
