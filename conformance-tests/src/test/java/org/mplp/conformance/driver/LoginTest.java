package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mplp.conformance.driver.ScriptedScramServer.Fault;

/** The login flow against a scripted server: what it accepts, and what it must catch. */
class LoginTest {
  private static final Login.Request PENCIL =
      new Login.Request("235683", null, "pencil", Terminal.of("PC", "PC"));

  @Test
  void anHonestServerVerifiesTheProofAndProvesItKnowsThePassword() {
    ScriptedScramServer server = new ScriptedScramServer("pencil", Fault.NONE);
    LoginOutcome outcome = Login.perform(server, PENCIL);
    assertThat(server.proofVerified).isTrue();
    assertThat(outcome.succeeded()).as(outcome.describe()).isTrue();
    assertThat(outcome.scram().salt()).isEqualTo("W22ZaJ0SNY7soEsUEjb6gQ==");
    assertThat(outcome.scram().iterations()).isEqualTo(4096);
  }

  @Test
  void aServerThatSignsWithTheWrongKeyIsCaught() {
    LoginOutcome outcome =
        Login.perform(new ScriptedScramServer("pencil", Fault.WRONG_SIGNATURE), PENCIL);
    assertThat(outcome.frame().is("login-ok")).isTrue();
    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.describe())
        .contains("serverFinal carries a server signature that does not match the credential");
  }

  @Test
  void aChallengeForAnotherLoginIsCaughtAndNoProofIsSent() {
    LoginOutcome outcome =
        Login.perform(new ScriptedScramServer("pencil", Fault.FOREIGN_NONCE), PENCIL);
    assertThat(outcome.stage()).isEqualTo(LoginOutcome.Stage.LOGIN);
    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.describe()).contains("serverFirst is not a server-first-message");
  }

  @Test
  void aRefusalIsReportedWithItsCodeAndStage() {
    LoginOutcome wrong =
        Login.perform(
            new ScriptedScramServer("pencil", Fault.NONE),
            new Login.Request("235683", null, "crayon", Terminal.of("PC", "PC")));
    assertThat(wrong.stage()).isEqualTo(LoginOutcome.Stage.PROOF);
    assertThat(wrong.errorCode()).isEqualTo("bad-credential");
    assertThat(wrong.describe()).contains("the proof was answered", "bad-credential");
  }

  @Test
  void aChallengeAloneStopsBeforeTheProof() {
    ScriptedScramServer server = new ScriptedScramServer("pencil", Fault.NONE);
    LoginOutcome outcome = Login.challenge(server, PENCIL);
    assertThat(outcome.challenge()).isNotNull();
    assertThat(outcome.answer()).isInstanceOf(WireEvent.Frame.class);
    assertThat(server.proofVerified).isFalse();
  }
}
