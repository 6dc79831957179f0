package org.mplp.client.cli;

/** Options or input that make no sense, found before anything went to the server (exit 2). */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
