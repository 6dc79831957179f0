package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.ongres.scram.client.ScramClient;
import java.util.List;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Login;
import org.mplp.spec.model.LoginChallenge;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.LoginProof;
import org.mplp.spec.model.Terminal;

/** A login over a test client, with the ongres SCRAM client as an independent implementation. */
final class ScramLogin {

  private ScramLogin() {}

  static ScramClient client(String username, String secret) {
    return ScramClient.builder()
        .advertisedMechanisms(List.of("SCRAM-SHA-256"))
        .username(username)
        .password(secret.toCharArray())
        .build();
  }

  static Terminal terminal(String type, String label) {
    return new Terminal(type, "mplp-test", "0.1.0", label);
  }

  /** A password login; the answer to the proof, or the error that refused the login. */
  static Frame withPassword(WsTestClient ws, String account, String password, Terminal terminal)
      throws Exception {
    return run(ws, account, null, account, password, terminal);
  }

  /** A device credential login, the username being the device address. */
  static Frame withCredential(
      WsTestClient ws, String account, String device, String credential, Terminal terminal)
      throws Exception {
    return run(ws, account, device, device, credential, terminal);
  }

  /**
   * Sends login and, after a challenge, login-proof. A login-ok's server signature is checked: the
   * server proves it knows the credential's keys.
   */
  static Frame run(
      WsTestClient ws,
      String account,
      String device,
      String username,
      String secret,
      Terminal terminal)
      throws Exception {
    ScramClient scram = client(username, secret);
    ws.send(
        ws.encode(
            new Login(
                "login-1",
                account,
                device,
                Login.SCRAM_SHA_256,
                scram.clientFirstMessage().toString(),
                terminal)));
    Frame challenge = ws.next();
    if (!(challenge instanceof LoginChallenge loginChallenge)) {
      return challenge;
    }
    assertThat(loginChallenge.replyTo()).isEqualTo("login-1");
    scram.serverFirstMessage(loginChallenge.serverFirst());
    ws.send(ws.encode(new LoginProof("proof-1", scram.clientFinalMessage().toString())));
    Frame answer = ws.next();
    if (answer instanceof LoginOk ok) {
      assertThat(ok.replyTo()).isEqualTo("proof-1");
      scram.serverFinalMessage(ok.serverFinal());
    }
    return answer;
  }

  /** A login expected to succeed. */
  static LoginOk ok(Frame answer) {
    assertThat(answer).as("the answer to the proof").isInstanceOf(LoginOk.class);
    return (LoginOk) answer;
  }
}
