package org.mplp.client.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * The interactive client on a terminal: JLine's line editor, with the history of this run (not kept
 * on disk: it holds the messages typed) and completion of commands and options. What arrives while
 * a line is typed is printed above it.
 */
final class TerminalInput implements LineInput {
  private final Terminal terminal;
  private final LineReader reader;
  private final Io io;

  private TerminalInput(Terminal terminal, LineReader reader, Io io) {
    this.terminal = terminal;
    this.reader = reader;
    this.io = io;
  }

  static TerminalInput open(Io io, CommandCompleter completer) throws IOException {
    Terminal terminal = TerminalBuilder.builder().system(true).build();
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("mplp client")
            .completer(completer)
            // A message is sent as typed: "!" recalls no history here.
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
    Io above =
        new Io(
            io.in(),
            new PrintStream(new LinesAbove(reader), true, StandardCharsets.UTF_8),
            new PrintStream(new LinesAbove(reader), true, StandardCharsets.UTF_8));
    return new TerminalInput(terminal, reader, above);
  }

  @Override
  public String readLine(String prompt) {
    try {
      return reader.readLine(prompt);
    } catch (UserInterruptException | EndOfFileException e) {
      return null; // Ctrl-C or Ctrl-D: the end, as when a pipe closes
    }
  }

  @Override
  public Io io() {
    return io;
  }

  @Override
  public void close() {
    try {
      if (reader.isReading()) {
        // The client ends while a prompt waits: clear it, so the shell's prompt starts clean.
        terminal.puts(InfoCmp.Capability.carriage_return);
        terminal.puts(InfoCmp.Capability.clr_eol);
        terminal.flush();
      }
      terminal.close();
    } catch (IOException e) {
      // the process ends: nothing to restore any more
    }
  }

  /** Whole lines, each printed above the line being typed. */
  private static final class LinesAbove extends OutputStream {
    private final LineReader reader;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LinesAbove(LineReader reader) {
      this.reader = reader;
    }

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        reader.printAbove(line.toString(StandardCharsets.UTF_8));
        line.reset();
      } else {
        line.write(b);
      }
    }
  }
}
