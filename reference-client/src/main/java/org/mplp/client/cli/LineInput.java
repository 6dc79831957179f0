package org.mplp.client.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Where the interactive client reads its lines: a line editor with history on a terminal (see
 * {@link TerminalInput}), plain lines from anything else, so that a pipe, a file or a test drives
 * the client through its input.
 */
interface LineInput extends AutoCloseable {
  /** The next line, or null at the end of the input. */
  String readLine(String prompt) throws IOException;

  /** Where to print so that a line being typed stays whole. */
  Io io();

  @Override
  void close();

  /** A line editor when both ends of the process are a terminal, plain lines otherwise. */
  static LineInput open(Io io, CommandCompleter completer) {
    if (io.in() == System.in && System.console() != null) {
      try {
        return TerminalInput.open(io, completer);
      } catch (IOException e) {
        io.err().println("mplp client: no line editing on this terminal (" + e.getMessage() + ")");
      }
    }
    return new Plain(io);
  }

  /** Lines as they come, without a prompt. */
  final class Plain implements LineInput {
    private final Io io;
    private final BufferedReader in;

    Plain(Io io) {
      this.io = io;
      this.in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
    }

    @Override
    public String readLine(String prompt) throws IOException {
      return in.readLine();
    }

    @Override
    public Io io() {
      return io;
    }

    @Override
    public void close() {
      // the input belongs to the process or to the test
    }
  }
}
