package org.mplp.conformance.driver;

/**
 * How one login went: where it stopped, what the server answered there, and what was wrong with the
 * server's SCRAM messages, if anything.
 *
 * @param stage the last frame the kit sent: the login, or the proof
 * @param challenge the login-challenge, null when none came
 * @param answer what arrived in answer to the last frame sent (or instead of an answer)
 * @param scramProblem what was wrong with the server's SCRAM message, as the end of a sentence;
 *     null when nothing was
 */
public record LoginOutcome(
    Stage stage, Scram scram, ReceivedFrame challenge, WireEvent answer, String scramProblem) {

  public enum Stage {
    LOGIN,
    PROOF
  }

  /** The frame that answered the last frame sent, or null when none did. */
  public ReceivedFrame frame() {
    return answer instanceof WireEvent.Frame f ? f.frame() : null;
  }

  /** The server accepted the proof with login-ok and proved that it knows the credential. */
  public boolean succeeded() {
    return frame() != null && frame().is("login-ok") && scramProblem == null;
  }

  /** The error code the login was refused with, at either stage; null when it was not. */
  public String errorCode() {
    return frame() != null && frame().is("error") ? frame().code() : null;
  }

  /** What happened, for assertion messages. */
  public String describe() {
    String at = stage == Stage.LOGIN ? "the login" : "the proof";
    if (scramProblem != null) {
      return at + " was answered with a SCRAM message where " + scramProblem;
    }
    return at + " was answered: " + answer.describe();
  }
}
