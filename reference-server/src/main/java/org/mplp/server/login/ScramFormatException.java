package org.mplp.server.login;

/** A SCRAM message that does not parse, or asks for what MPLP does not do (channel binding). */
public final class ScramFormatException extends Exception {

  public ScramFormatException(String message) {
    super(message);
  }
}
