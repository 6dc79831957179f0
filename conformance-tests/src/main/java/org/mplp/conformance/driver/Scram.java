package org.mplp.conformance.driver;

import com.ongres.scram.client.ScramClient;
import com.ongres.scram.common.ServerFirstMessage;
import com.ongres.scram.common.exception.ScramException;
import com.ongres.scram.common.exception.ScramInvalidServerSignatureException;
import com.ongres.scram.common.exception.ScramServerErrorException;
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
  private ServerFirstMessage serverFirst;
  private String serverFirstRead;
  private String clientFinal;

  private Scram(ScramClient client) {
    this.client = client;
    this.clientFirst = client.clientFirstMessage().toString();
  }

  /** An exchange for {@code username} (an account or a device address) and its secret. */
  public static Scram start(String username, String secret) {
    return new Scram(builder(username, secret).build());
  }

  /** An exchange with a fixed client nonce, for tests against known vectors. */
  static Scram start(String username, String secret, String nonce) {
    Supplier<String> fixed = () -> nonce;
    return new Scram(builder(username, secret).nonceSupplier(fixed).build());
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
