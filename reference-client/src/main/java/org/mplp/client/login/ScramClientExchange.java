package org.mplp.client.login;

import com.ongres.scram.client.ScramClient;
import com.ongres.scram.common.exception.ScramException;
import java.util.List;
import org.mplp.spec.model.Login;

/**
 * The client's half of one SCRAM-SHA-256 exchange without channel binding (spec: Login,
 * Credentials). The username is the account for a password login and the device address for a
 * device credential login.
 */
public final class ScramClientExchange {
  private final ScramClient client;

  private ScramClientExchange(ScramClient client) {
    this.client = client;
  }

  public static ScramClientExchange start(String username, char[] secret) {
    return new ScramClientExchange(
        ScramClient.builder()
            .advertisedMechanisms(List.of(Login.SCRAM_SHA_256))
            .username(username)
            .password(secret)
            .build());
  }

  /** The client-first-message for the login frame. */
  public String clientFirst() {
    return client.clientFirstMessage().toString();
  }

  /** Reads the challenge and answers with the client-final-message carrying the proof. */
  public String clientFinal(String serverFirst) throws LoginFailedException {
    try {
      client.serverFirstMessage(serverFirst);
      return client.clientFinalMessage().toString();
    } catch (ScramException | RuntimeException e) {
      throw new LoginFailedException("the server's login-challenge is not valid SCRAM: " + e);
    }
  }

  /** Checks that the server proved it knows the credential too: mutual authentication. */
  public void verifyServerFinal(String serverFinal) throws LoginFailedException {
    try {
      client.serverFinalMessage(serverFinal);
    } catch (ScramException | RuntimeException e) {
      throw new LoginFailedException(
          "the server could not prove it knows this credential (" + e.getMessage() + ")");
    }
  }
}
