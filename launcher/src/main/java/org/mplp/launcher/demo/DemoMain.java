package org.mplp.launcher.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mplp.server.MplpServer;
import org.mplp.server.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./mplp demo}: starts the reference server in-process on a fresh temporary data directory
 * holding the patent's account 235683, runs the walkthrough with three clients, then tells how to
 * connect a client of one's own and keeps the server running until Ctrl-C, or ends with --once.
 * Either way the temporary folder is deleted at the end.
 */
@Command(
    name = "mplp demo",
    mixinStandardHelpOptions = true,
    description =
        "Start the reference server and three clients (a PC, a phone, a TV of account 235683) and"
            + " walk through the embodiments; then keep the server running for your own client."
            + " The demo's temporary folder is deleted when it ends.")
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

  /** Set by {@link #call}: what the walkthrough saw, and where it worked, for the test. */
  Walkthrough.Outcome outcome;

  Path workDir;

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
    workDir = Files.createTempDirectory("mplp-demo-");
    Path dataDir = workDir.resolve("server-data");
    DemoAccount account = DemoAccount.addPatentAccount(dataDir, out);
    ServerConfig config =
        ServerConfig.defaults().withPort(port).withDataDir(dataDir).withProvisioning(true);
    MplpServer server = MplpServer.start(config);
    out.println("MPLP demo: the reference server listens on " + server.controlUri());
    out.println("  its data and the devices' state are in " + workDir + " until the demo ends");
    Walkthrough walk = new Walkthrough(server.controlUri(), workDir, out);
    Runnable end =
        () -> {
          walk.closeAll();
          server.close();
          deleteWorkDir();
        };
    try {
      if (account == null) {
        account = DemoAccount.provision(server.httpBase());
      }
      outcome = walk.run(account);
      printHowToConnect(server);
      if (once) {
        return 0;
      }
      walk.pc.speakUp();
      walk.phone.speakUp();
      walk.tv.speakUp();
      Runtime.getRuntime().addShutdownHook(new Thread(end, "mplp-demo-exit"));
      out.println();
      out.println("The server keeps running; Ctrl-C ends the demo and deletes " + workDir + ".");
      server.awaitClosed();
      return 0;
    } finally {
      if (once) {
        end.run();
      }
    }
  }

  /** Deletes the demo's folder, server data and device states; says so, or what is left. */
  private void deleteWorkDir() {
    try (Stream<Path> paths = Files.walk(workDir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
      out.println("MPLP demo: deleted " + workDir);
    } catch (IOException e) {
      out.println("MPLP demo: could not delete all of " + workDir + ": " + e);
    }
  }

  private void printHowToConnect(MplpServer server) {
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
