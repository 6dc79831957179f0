package org.mplp.client.cli;

import java.io.PrintWriter;
import org.mplp.client.MplpClient;
import picocli.CommandLine;

/** {@code ./mplp client}: the reference client's command line. */
public final class ClientMain {
  /** Set in a real process only: tests run many commands in one JVM and exit none. */
  private static volatile boolean closeOnExit;

  private ClientMain() {}

  /**
   * Closes the client when the process ends, Ctrl-C included, so that the server sees a clean close
   * and the acknowledgements already queued go out.
   */
  static void closeOnExit(MplpClient client) {
    if (closeOnExit) {
      Runtime.getRuntime().addShutdownHook(new Thread(client::close, "mplp-client-exit"));
    }
  }

  public static void main(String[] args) {
    // Before the first logger exists: logback reads its configuration once.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "org/mplp/client/logback-client.xml");
    }
    closeOnExit = true;
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
