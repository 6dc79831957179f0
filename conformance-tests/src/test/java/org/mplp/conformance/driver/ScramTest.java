package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The spec's login examples are a real exchange for account 235683 and password "pencil". */
class ScramTest {
  private static final String NONCE = "rOprNGfwEbeRWgbNEkqO";

  private static JsonNode example(String name) throws IOException {
    return new ObjectMapper().readTree(SpecResources.read(SpecResources.BASE + "examples/" + name));
  }

  @Test
  void theSpecsExampleExchangeVerifies() throws Exception {
    Scram scram = Scram.start("235683", "pencil", NONCE);
    assertThat(scram.clientFirst()).isEqualTo(example("login.json").path("clientFirst").asText());
    String clientFinal =
        scram.clientFinal(example("login-challenge.json").path("serverFirst").asText());
    assertThat(clientFinal).isEqualTo(example("login-proof.json").path("clientFinal").asText());
    assertThat(scram.salt()).isEqualTo("W22ZaJ0SNY7soEsUEjb6gQ==");
    assertThat(scram.iterations()).isEqualTo(4096);
    scram.verifyServerFinal(example("login-ok.json").path("serverFinal").asText());
  }

  /**
   * The library against RFC 7677's own example, so that a fault it might share with a server that
   * uses it too cannot hide: the RFC's values were not computed with it.
   */
  @Test
  void theLibraryReproducesRfc7677() throws Exception {
    Scram scram = Scram.start("user", "pencil", NONCE);
    assertThat(scram.clientFirst()).isEqualTo("n,,n=user,r=rOprNGfwEbeRWgbNEkqO");
    assertThat(
            scram.clientFinal(
                "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                    + "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"))
        .isEqualTo(
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
    scram.verifyServerFinal("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
  }

  @Test
  void aServerSignatureForAnotherPasswordIsCaught() throws Exception {
    Scram scram = Scram.start("235683", "crayon", NONCE);
    scram.clientFinal(example("login-challenge.json").path("serverFirst").asText());
    assertThatThrownBy(
            () -> scram.verifyServerFinal(example("login-ok.json").path("serverFinal").asText()))
        .isInstanceOf(Scram.Problem.class)
        .hasMessageContaining("signature");
  }

  @Test
  void aServerFirstThatDoesNotExtendTheClientNonceIsCaught() {
    Scram scram = Scram.start("235683", "pencil", NONCE);
    scram.clientFirst();
    assertThatThrownBy(
            () -> scram.clientFinal("r=someoneElsesNonce,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"))
        .isInstanceOf(Scram.Problem.class);
    Scram garbled = Scram.start("235683", "pencil", NONCE);
    garbled.clientFirst();
    assertThatThrownBy(() -> garbled.clientFinal("hello there")).isInstanceOf(Scram.Problem.class);
  }

  @Test
  void aServerFinalThatIsNoServerFinalIsCaught() throws Exception {
    Scram scram = Scram.start("235683", "pencil", NONCE);
    scram.clientFirst();
    scram.clientFinal(example("login-challenge.json").path("serverFirst").asText());
    assertThatThrownBy(() -> scram.verifyServerFinal("e=invalid-proof"))
        .isInstanceOf(Scram.Problem.class);
    Scram other = Scram.start("235683", "pencil", NONCE);
    other.clientFirst();
    other.clientFinal(example("login-challenge.json").path("serverFirst").asText());
    assertThatThrownBy(() -> other.verifyServerFinal("nonsense")).isInstanceOf(Scram.Problem.class);
  }
}
