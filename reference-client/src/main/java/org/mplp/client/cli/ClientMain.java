package org.mplp.client.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** {@code ./mplp client}: the reference client's command line. */
public final class ClientMain {
  private ClientMain() {}

  public static void main(String[] args) {
    // Before the first logger exists: logback reads its configuration once.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "org/mplp/client/logback-client.xml");
    }
    System.exit(run(args, new Io(System.in, System.out, System.err)));
  }

  /** Runs one command line against these streams and returns its exit code. */
  static int run(String[] args, Io io) {
    CommandLine commandLine = new CommandLine(new ClientCommand(io));
    commandLine.setOut(new PrintWriter(io.out(), true));
    commandLine.setErr(new PrintWriter(io.err(), true));
    return commandLine.execute(args);
  }
}
