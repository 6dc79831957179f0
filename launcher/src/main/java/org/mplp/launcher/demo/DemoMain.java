package org.mplp.launcher.demo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mplp.server.MplpServer;
import org.mplp.server.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./mplp demo}: starts the reference server in-process with its defaults (a temporary data
 * directory, provisioning on), runs the walkthrough with three clients, then tells how to connect a
 * client of one's own and keeps the server running until Ctrl-C, or ends with --once.
 */
@Command(
    name = "mplp demo",
    mixinStandardHelpOptions = true,
    description =
        "Start the reference server and three clients (a PC, a phone, a TV of one account) and"
            + " walk through the embodiments; then keep the server running for your own client.")
public final class DemoMain implements Callable<Integer> {
  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "0",
      description = "the server's port on 127.0.0.1 (default: a free one)")
  int port;

  @Option(names = "--once", description = "end after the walkthrough instead of serving on")
  boolean once;

  private final PrintStream out;

  /** Set by {@link #call}: what the walkthrough saw, for the test. */
  Walkthrough.Outcome outcome;

  DemoMain(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "org/mplp/client/logback-client.xml");
    }
    System.exit(new CommandLine(new DemoMain(System.out)).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path workDir = Files.createTempDirectory("mplp-demo-");
    ServerConfig config =
        ServerConfig.defaults()
            .withPort(port)
            .withDataDir(workDir.resolve("server-data"))
            .withProvisioning(true);
    MplpServer server = MplpServer.start(config);
    out.println("MPLP demo: the reference server listens on " + server.controlUri());
    out.println("  its data and the devices' state are in " + workDir);
    Walkthrough walk = new Walkthrough(server.controlUri(), server.httpBase(), workDir, out);
    try {
      outcome = walk.run();
      printHowToConnect(server, workDir);
      if (once) {
        return 0;
      }
      walk.pc.speakUp();
      walk.phone.speakUp();
      walk.tv.speakUp();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    walk.closeAll();
                    server.close();
                  },
                  "mplp-demo-exit"));
      out.println();
      out.println("The server keeps running; Ctrl-C ends the demo.");
      server.awaitClosed();
      return 0;
    } finally {
      if (once) {
        walk.closeAll();
        server.close();
      }
    }
  }

  private void printHowToConnect(MplpServer server, Path workDir) {
    out.println();
    out.println("== Connect a client of your own (in another terminal):");
    out.println(
        "   ./mplp client --server "
            + server.controlUri()
            + " --account "
            + outcome.account()
            + " --password "
            + outcome.password()
            + " --type PC --label \"My laptop\" --state-dir "
            + workDir.resolve("state-you"));
    out.println("   account " + outcome.account() + ", password " + outcome.password());
    out.println("   or, in a browser: " + server.httpBase().resolve("/") + " (the web terminal)");
    out.println(
        "   then /devices, /to "
            + outcome.addresses().get(1)
            + ", type a message, or /offer FILE to send the phone a file: after the walkthrough"
            + " the demo's devices accept every offer");
  }
}
