package org.mplp.bench.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScramTest {

  /** RFC 7677, section 3: user "user", password "pencil". */
  @Test
  void theBenchClientProducesTheProofAndServerSignatureOfRfc7677() {
    String bare = Scram.clientFirstBare("user", "rOprNGfwEbeRWgbNEkqO");
    Scram.Exchange exchange =
        Scram.finish(
            "pencil",
            bare,
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");

    assertThat(exchange.clientFinal())
        .isEqualTo(
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
    assertThat(exchange.expectedServerFinal())
        .isEqualTo("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
  }

  @Test
  void keysRememberedForASaltAreReusedAndAnotherSaltDerivesNewOnes() {
    ScramKeys first = Scram.keysFor("secret-a", "c2FsdA==", 4096);
    assertThat(Scram.keysFor("secret-a", "c2FsdA==", 4096)).isSameAs(first);
    assertThat(Scram.keysFor("secret-a", "b3RoZXI=", 4096)).isNotSameAs(first);
  }
}
