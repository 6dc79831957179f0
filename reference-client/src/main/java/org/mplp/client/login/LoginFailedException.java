package org.mplp.client.login;

/** A login the server seemed to accept but that failed on this side: the server is not genuine. */
public final class LoginFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  public LoginFailedException(String message) {
    super(message);
  }
}
