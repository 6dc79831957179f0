package org.mplp.server.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ongres.scram.client.ScramClient;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mplp.server.store.ScramKeys;

/** The server side of SCRAM-SHA-256: RFC 7677's test vector, and the ongres client as a peer. */
class ScramExchangeTest {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** RFC 7677 section 3: user "user", password "pencil". */
  private static final String RFC_CLIENT_FIRST = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";

  private static final String RFC_SERVER_NONCE = "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
  private static final String RFC_SALT = "W22ZaJ0SNY7soEsUEjb6gQ==";
  private static final String RFC_SERVER_FIRST =
      "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
  private static final String RFC_CLIENT_FINAL =
      "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
          + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
  private static final String RFC_SERVER_FINAL = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

  private static ScramKeys rfcKeys() {
    return Scram.keysOf("pencil".toCharArray(), Base64.getDecoder().decode(RFC_SALT), 4096);
  }

  private static ScramClient client(String user, String password) {
    return ScramClient.builder()
        .advertisedMechanisms(List.of("SCRAM-SHA-256"))
        .username(user)
        .password(password.toCharArray())
        .build();
  }

  @Test
  void theTestVectorOfRfc7677() throws Exception {
    ClientFirst first = ClientFirst.parse(RFC_CLIENT_FIRST);
    assertThat(first.username()).isEqualTo("user");
    assertThat(first.gs2Header()).isEqualTo("n,,");
    assertThat(first.bare()).isEqualTo("n=user,r=rOprNGfwEbeRWgbNEkqO");
    ScramExchange exchange = ScramExchange.start(first, rfcKeys(), RFC_SERVER_NONCE);
    assertThat(exchange.serverFirst()).isEqualTo(RFC_SERVER_FIRST);
    ScramExchange.Verdict verdict = exchange.verify(RFC_CLIENT_FINAL);
    assertThat(verdict.proven()).isTrue();
    assertThat(verdict.serverFinal()).isEqualTo(RFC_SERVER_FINAL);
  }

  @Test
  void theOngresClientLogsInAndAcceptsTheServersSignature() throws Exception {
    ScramClient client = client("235683", "s3cret");
    ScramExchange exchange =
        ScramExchange.start(
            ClientFirst.parse(client.clientFirstMessage().toString()),
            Scram.keysOf("s3cret".toCharArray(), RANDOM),
            RANDOM);
    client.serverFirstMessage(exchange.serverFirst());
    ScramExchange.Verdict verdict = exchange.verify(client.clientFinalMessage().toString());
    assertThat(verdict.proven()).isTrue();
    client.serverFinalMessage(verdict.serverFinal()); // throws on a wrong server signature
  }

  @Test
  void aWrongPasswordIsNotProven() throws Exception {
    ScramClient client = client("235683", "guess");
    ScramExchange exchange =
        ScramExchange.start(
            ClientFirst.parse(client.clientFirstMessage().toString()),
            Scram.keysOf("s3cret".toCharArray(), RANDOM),
            RANDOM);
    client.serverFirstMessage(exchange.serverFirst());
    assertThat(exchange.verify(client.clientFinalMessage().toString()).proven()).isFalse();
  }

  @Test
  void fakeKeysProveNothingAndGiveTheSameSaltEveryTime() throws Exception {
    FakeKeys fake = new FakeKeys(new byte[32]);
    ScramClient client = client("nobody", "anything");
    ScramExchange exchange =
        ScramExchange.start(
            ClientFirst.parse(client.clientFirstMessage().toString()),
            fake.forName("nobody"),
            RANDOM);
    client.serverFirstMessage(exchange.serverFirst());
    assertThat(exchange.verify(client.clientFinalMessage().toString()).proven()).isFalse();
    String salt = exchange.serverFirst().replaceAll(".*,s=([^,]+),.*", "$1");
    ScramExchange again =
        ScramExchange.start(ClientFirst.parse("n,,n=nobody,r=abc"), fake.forName("nobody"), RANDOM);
    assertThat(again.serverFirst()).contains(",s=" + salt + ",i=4096");
  }

  @Test
  void aFinalMessageThatDoesNotContinueTheExchangeIsAFormatError() throws Exception {
    ScramExchange exchange =
        ScramExchange.start(ClientFirst.parse(RFC_CLIENT_FIRST), rfcKeys(), RFC_SERVER_NONCE);
    assertThatThrownBy(() -> exchange.verify(RFC_CLIENT_FINAL.replace("r=rOpr", "r=XOpr")))
        .isInstanceOf(ScramFormatException.class)
        .hasMessageContaining("nonce");
    assertThatThrownBy(() -> exchange.verify(RFC_CLIENT_FINAL.replace("c=biws", "c=eSws")))
        .isInstanceOf(ScramFormatException.class)
        .hasMessageContaining("channel-binding");
    assertThatThrownBy(() -> exchange.verify("c=biws,r=x"))
        .isInstanceOf(ScramFormatException.class)
        .hasMessageContaining("no proof");
    assertThatThrownBy(() -> exchange.verify(RFC_CLIENT_FINAL.replace("p=dHzb", "p=!!!")))
        .isInstanceOf(ScramFormatException.class);
  }

  @Test
  void aProofOfTheWrongLengthIsNotProven() throws Exception {
    ScramExchange exchange =
        ScramExchange.start(ClientFirst.parse(RFC_CLIENT_FIRST), rfcKeys(), RFC_SERVER_NONCE);
    String shortProof = RFC_CLIENT_FINAL.substring(0, RFC_CLIENT_FINAL.indexOf(",p=")) + ",p=AAAA";
    assertThat(exchange.verify(shortProof).proven()).isFalse();
  }

  @Test
  void clientFirstMessagesMplpDoesNotTake() throws Exception {
    assertThatThrownBy(() -> ClientFirst.parse("p=tls-server-end-point,,n=a,r=b"))
        .isInstanceOf(ScramFormatException.class)
        .hasMessageContaining("channel binding");
    assertThatThrownBy(() -> ClientFirst.parse("n,a=admin,n=user,r=b"))
        .isInstanceOf(ScramFormatException.class)
        .hasMessageContaining("authorization identity");
    assertThatThrownBy(() -> ClientFirst.parse("garbage")).isInstanceOf(ScramFormatException.class);
    // A client able to bind but told nothing of it by the server ("y") is fine (RFC 5802 6).
    ClientFirst willing = ClientFirst.parse("y,,n=user,r=abc");
    assertThat(willing.gs2Header()).isEqualTo("y,,");
    assertThat(ClientFirst.parse("n,a=user,n=user,r=abc").gs2Header()).isEqualTo("n,a=user,");
  }
}
