package org.mplp.conformance.driver;

import com.ongres.scram.client.ScramClient;
import com.ongres.scram.common.ScramFunctions;
import com.ongres.scram.common.ScramMechanism;
import com.ongres.scram.common.ServerFirstMessage;
import com.ongres.scram.common.StringPreparation;
import com.ongres.scram.common.exception.ScramException;
import com.ongres.scram.common.exception.ScramInvalidServerSignatureException;
import com.ongres.scram.common.exception.ScramServerErrorException;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * The client side of one SCRAM-SHA-256 exchange (RFC 5802, RFC 7677), without channel binding
 * (spec: Login, Credentials). Each exchange derives its keys afresh from the secret and the salt
 * and iteration count the server sends: the kit caches nothing, so a server that changes them
 * between logins, or signs with the wrong key, is caught on the login where it happens.
 */
public final class Scram {
  public static final String MECHANISM = "SCRAM-SHA-256";

  private final ScramClient client;
  private final String clientFirst;
  private final String secret;
  private ServerFirstMessage serverFirst;
  private String serverFirstRead;
  private String clientFinal;

  private Scram(ScramClient client, String secret) {
    this.client = client;
    this.clientFirst = client.clientFirstMessage().toString();
    this.secret = secret;
  }

  /** An exchange for {@code username} (an account or a device address) and its secret. */
  public static Scram start(String username, String secret) {
    return new Scram(builder(username, secret).build(), secret);
  }

  /** An exchange with a fixed client nonce, for tests against known vectors. */
  static Scram start(String username, String secret, String nonce) {
    Supplier<String> fixed = () -> nonce;
    return new Scram(builder(username, secret).nonceSupplier(fixed).build(), secret);
  }

  private static ScramClient.FinalBuildStage builder(String username, String secret) {
    return ScramClient.builder()
        .advertisedMechanisms(List.of(MECHANISM))
        .username(username)
        .password(secret.toCharArray());
  }

  /** The client-first-message, gs2 header included ("n,,n=...,r=..."). */
  public String clientFirst() {
    return clientFirst;
  }

  /**
   * Reads the server-first-message and answers with the client-final-message.
   *
   * @throws Problem when the server's message is no valid server-first-message for this exchange
   */
  public String clientFinal(String serverFirstText) throws Problem {
    if (clientFinal != null && serverFirstText.equals(serverFirstRead)) {
      // Asked again for the same challenge, by a proof sent later than its challenge was read.
      return clientFinal;
    }
    try {
      serverFirst = client.serverFirstMessage(serverFirstText);
      serverFirstRead = serverFirstText;
      clientFinal = client.clientFinalMessage().toString();
      return clientFinal;
    } catch (ScramException | IllegalArgumentException | IllegalStateException e) {
      throw new Problem("is not a server-first-message for this login: " + e.getMessage());
    }
  }

  /**
   * A client-final-message whose nonce keeps the client's part but not the server's, with a proof
   * that is right for that message: it proves the secret, yet does not continue this exchange (RFC
   * 5802 section 5.1; spec: Login), so a server must refuse it.
   *
   * @throws Problem when the server's message is no valid server-first-message for this exchange
   */
  public String clientFinalWithForeignNonce(String serverFirstText) throws Problem {
    clientFinal(serverFirstText);
    String clientNonce = attribute(clientFirst, 'r');
    String serverNonce = attribute(serverFirstText, 'r').substring(clientNonce.length());
    String withoutProof = "c=biws,r=" + clientNonce + "x" + serverNonce;
    String bare = clientFirst.substring(clientFirst.indexOf(",,") + 2);
    String authMessage = bare + "," + serverFirstText + "," + withoutProof;
    ScramMechanism sha256 = ScramMechanism.SCRAM_SHA_256;
    byte[] salted =
        ScramFunctions.saltedPassword(
            sha256,
            StringPreparation.SASL_PREPARATION,
            secret.toCharArray(),
            Base64.getDecoder().decode(salt()),
            iterations());
    byte[] clientKey = ScramFunctions.clientKey(sha256, salted);
    byte[] signature =
        ScramFunctions.clientSignature(
            sha256, ScramFunctions.storedKey(sha256, clientKey), authMessage);
    byte[] proof = ScramFunctions.clientProof(clientKey, signature);
    return withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof);
  }

  /** The value of a one-letter attribute of a SCRAM message ("r" in "n,,n=a,r=xyz"). */
  private static String attribute(String message, char name) {
    for (String part : message.split(",")) {
      if (part.length() > 1 && part.charAt(0) == name && part.charAt(1) == '=') {
        return part.substring(2);
      }
    }
    throw new IllegalStateException("no " + name + "= attribute in " + message);
  }

  /** The salt of the server-first-message, base64 as sent. */
  public String salt() {
    return serverFirst.getSalt();
  }

  public int iterations() {
    return serverFirst.getIterationCount();
  }

  /**
   * Checks the server-final-message: the server's signature must prove it knows the credential.
   *
   * @throws Problem when it does not, or the message is no server-final-message
   */
  public void verifyServerFinal(String serverFinalText) throws Problem {
    try {
      client.serverFinalMessage(serverFinalText);
    } catch (ScramInvalidServerSignatureException e) {
      throw new Problem("carries a server signature that does not match the credential");
    } catch (ScramServerErrorException e) {
      throw new Problem("reports the SCRAM error " + e.getMessage());
    } catch (ScramException | IllegalArgumentException | IllegalStateException e) {
      throw new Problem("is not a server-final-message: " + e.getMessage());
    }
  }

  /** What is wrong with a SCRAM message from the server, as a predicate: "is not ...". */
  public static final class Problem extends Exception {
    private static final long serialVersionUID = 1L;

    Problem(String message) {
      super(message);
    }
  }
}
