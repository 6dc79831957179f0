package org.mplp.server.admin;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where the account command gets a password: the first line of standard input when asked to, else
 * the console, twice; without either it refuses, rather than read a password that echoes.
 */
final class PasswordInput {

  /** A console prompt that does not echo; {@link Console#readPassword} outside tests. */
  @FunctionalInterface
  interface Prompt {
    char[] read(String prompt);
  }

  static final int MAX_LENGTH = 1024;

  private final InputStream stdin;
  private final Prompt prompt;

  PasswordInput(InputStream stdin, Prompt prompt) {
    this.stdin = stdin;
    this.prompt = prompt;
  }

  /** Standard input and the process's console, if it has one. */
  static PasswordInput system() {
    Console console = System.console();
    return new PasswordInput(System.in, console == null ? null : console::readPassword);
  }

  /**
   * Reads a password for an account.
   *
   * @throws PasswordException when there is none, it is empty or too long, or the two entries
   *     differ
   */
  char[] read(String account, boolean fromStdin) throws PasswordException {
    char[] password;
    if (fromStdin) {
      password = firstLineOfStdin();
    } else if (prompt != null) {
      password = prompt.read("New password for " + account + ": ");
      char[] again = prompt.read("Repeat the password: ");
      if (password == null || again == null || !Arrays.equals(password, again)) {
        throw new PasswordException("the two passwords differ");
      }
      Arrays.fill(again, '\0');
    } else {
      throw new PasswordException(
          "no console to ask for the password on; give it on standard input with --password-stdin");
    }
    if (password == null || password.length == 0) {
      throw new PasswordException("the password is empty");
    }
    if (password.length > MAX_LENGTH) {
      throw new PasswordException("the password is longer than " + MAX_LENGTH + " characters");
    }
    return password;
  }

  private char[] firstLineOfStdin() throws PasswordException {
    try {
      // Not closed: standard input belongs to the process.
      String line =
          new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
      return line == null ? null : line.toCharArray();
    } catch (IOException e) {
      throw new PasswordException("cannot read standard input: " + e.getMessage());
    }
  }

  /** No usable password. */
  static final class PasswordException extends Exception {
    PasswordException(String message) {
      super(message);
    }
  }
}
