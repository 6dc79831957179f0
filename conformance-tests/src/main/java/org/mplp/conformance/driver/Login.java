package org.mplp.conformance.driver;

/**
 * The client side of a login (spec: Login): login, login-challenge, login-proof, then login-ok or
 * an error. Stops where the server stops it, and reports what it got.
 */
public final class Login {
  private Login() {}

  /**
   * What a login names: a password login when {@code device} is null, else a device credential
   * login. The SCRAM username is the device address when there is one, else the account.
   */
  public record Request(String account, String device, String secret, Terminal terminal) {
    String username() {
      return device != null ? device : account;
    }
  }

  /** A whole login: the proof follows the challenge. */
  public static LoginOutcome perform(Peer peer, Request request) {
    return run(peer, request, request.username(), Scram::clientFinal, true);
  }

  /** Only the first half: the login, and the challenge or refusal that answers it. */
  public static LoginOutcome challenge(Peer peer, Request request) {
    return run(peer, request, request.username(), Scram::clientFinal, false);
  }

  /**
   * A whole login whose SCRAM messages name {@code scramUsername} where the login frame names
   * another account or device: identities that disagree (spec: Login).
   */
  public static LoginOutcome performNaming(Peer peer, Request request, String scramUsername) {
    return run(peer, request, scramUsername, Scram::clientFinal, true);
  }

  /**
   * A whole login whose proof is right for the secret but carries a nonce that does not continue
   * the exchange ({@link Scram#clientFinalWithForeignNonce}).
   */
  public static LoginOutcome performWithForeignNonce(Peer peer, Request request) {
    return run(peer, request, request.username(), Scram::clientFinalWithForeignNonce, true);
  }

  /** How the client-final-message answers the challenge. */
  @FunctionalInterface
  private interface Answer {
    String clientFinal(Scram scram, String serverFirst) throws Scram.Problem;
  }

  /**
   * A whole password login that does not wait for room in the run's budget of failures from its
   * address (spec: Login, CHOICE-LOGIN-11): for the scenario that goes beyond that limit on
   * purpose. A failure counts in the budget all the same, so that later logins wait for it to age.
   */
  public static LoginOutcome beyondBudget(Peer peer, Request request) {
    LoginOutcome outcome = null;
    try {
      outcome = attempt(peer, request, request.username(), Scram::clientFinal, true);
      return outcome;
    } finally {
      PasswordFailures.ofRun().unpaced(outcome == null || PasswordFailures.mayCount(outcome));
    }
  }

  /** A password login is paced by the run's failures from its address; a device login is not. */
  private static LoginOutcome run(
      Peer peer, Request request, String scramUsername, Answer answer, boolean prove) {
    if (request.device() != null) {
      return attempt(peer, request, scramUsername, answer, prove);
    }
    PasswordFailures failures = PasswordFailures.ofRun();
    failures.begin();
    LoginOutcome outcome = null;
    try {
      outcome = attempt(peer, request, scramUsername, answer, prove);
      return outcome;
    } finally {
      failures.end(outcome == null || PasswordFailures.mayCount(outcome));
    }
  }

  private static LoginOutcome attempt(
      Peer peer, Request request, String scramUsername, Answer answerWith, boolean prove) {
    Scram scram = Scram.start(scramUsername, request.secret());
    String loginId = peer.newId();
    WireEvent answer =
        peer.exchange(
            loginId,
            Frames.login(
                loginId,
                request.account(),
                request.device(),
                scram.clientFirst(),
                request.terminal()));
    ReceivedFrame challenge = frame(answer, loginId, "login-challenge");
    if (challenge == null) {
      return new LoginOutcome(LoginOutcome.Stage.LOGIN, scram, null, answer, null);
    }
    String clientFinal;
    try {
      clientFinal = answerWith.clientFinal(scram, challenge.text("serverFirst"));
    } catch (Scram.Problem p) {
      return new LoginOutcome(
          LoginOutcome.Stage.LOGIN, scram, challenge, answer, "the serverFirst " + p.getMessage());
    }
    if (!prove) {
      return new LoginOutcome(LoginOutcome.Stage.LOGIN, scram, challenge, answer, null);
    }
    return proof(peer, scram, challenge, clientFinal);
  }

  /** The second half of a login {@link #challenge} began: the proof, and what answers it. */
  public static LoginOutcome prove(Peer peer, LoginOutcome challenged) {
    if (challenged.challenge() == null || challenged.scramProblem() != null) {
      return challenged;
    }
    String clientFinal;
    try {
      clientFinal = challenged.scram().clientFinal(challenged.challenge().text("serverFirst"));
    } catch (Scram.Problem p) {
      return new LoginOutcome(
          LoginOutcome.Stage.LOGIN,
          challenged.scram(),
          challenged.challenge(),
          challenged.answer(),
          "the serverFirst " + p.getMessage());
    }
    return proof(peer, challenged.scram(), challenged.challenge(), clientFinal);
  }

  private static LoginOutcome proof(
      Peer peer, Scram scram, ReceivedFrame challenge, String clientFinal) {
    String proofId = peer.newId();
    WireEvent result = peer.exchange(proofId, Frames.loginProof(proofId, clientFinal));
    ReceivedFrame ok = frame(result, proofId, "login-ok");
    String problem = null;
    if (ok != null) {
      try {
        scram.verifyServerFinal(ok.text("serverFinal"));
      } catch (Scram.Problem p) {
        problem = "the serverFinal " + p.getMessage();
      }
    }
    return new LoginOutcome(LoginOutcome.Stage.PROOF, scram, challenge, result, problem);
  }

  /** What a client sends as clientFirst that is no SCRAM client-first-message at all. */
  public static final String NOT_SCRAM = "no SCRAM message";

  /**
   * A password login whose clientFirst does not parse: refused at once, or challenged and then
   * refused at a proof that can prove nothing (spec: Login, CHOICE-LOGIN-01).
   */
  public static LoginOutcome malformed(Peer peer, String account, Terminal terminal) {
    PasswordFailures failures = PasswordFailures.ofRun();
    failures.begin();
    try {
      return malformedAttempt(peer, account, terminal);
    } finally {
      failures.end(true);
    }
  }

  private static LoginOutcome malformedAttempt(Peer peer, String account, Terminal terminal) {
    Scram scram = Scram.start(account, "unused");
    String loginId = peer.newId();
    WireEvent answer =
        peer.exchange(loginId, Frames.login(loginId, account, null, NOT_SCRAM, terminal));
    ReceivedFrame challenge = frame(answer, loginId, "login-challenge");
    if (challenge == null) {
      return new LoginOutcome(LoginOutcome.Stage.LOGIN, scram, null, answer, null);
    }
    String proofId = peer.newId();
    WireEvent result =
        peer.exchange(
            proofId, Frames.loginProof(proofId, "c=biws,r=" + NOT_SCRAM.length() + ",p=AA"));
    return new LoginOutcome(LoginOutcome.Stage.PROOF, scram, challenge, result, null);
  }

  /** The answer when it is a valid frame of that type replying to {@code id}, else null. */
  private static ReceivedFrame frame(WireEvent event, String id, String type) {
    if (event instanceof WireEvent.Frame f
        && f.frame().valid()
        && f.frame().is(type)
        && id.equals(f.frame().replyTo())) {
      return f.frame();
    }
    return null;
  }
}
