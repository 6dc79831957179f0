package org.mplp.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mplp server}: runs the reference server until SIGTERM or Ctrl-C. */
@Command(
    name = "mplp server",
    mixinStandardHelpOptions = true,
    versionProvider = ServerMain.VersionProvider.class,
    description =
        "Runs the MPLP reference server: discovery document and control channel on one port.")
public final class ServerMain implements Callable<Integer> {

  /**
   * Logback configuration of the command; a host application embedding the server keeps its own.
   */
  static final String LOG_CONFIG = "org/mplp/server/logback-server.xml";

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = ServerConfig.DEFAULT_HOST,
      description = "Address to listen on (default: ${DEFAULT-VALUE}). Beyond loopback, use TLS.")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "7700",
      description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "./mplp-data",
      description =
          "Where the server keeps its data; created if missing (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--provisioning",
      description =
          "Turns on the profile provisioning: POST /provisioning/accounts creates an account with"
              + " a random password for anyone who reaches the port. For test deployments only.")
  boolean provisioning;

  /** The configuration the options describe. */
  ServerConfig config() {
    return ServerConfig.defaults()
        .withHost(host)
        .withPort(port)
        .withDataDir(dataDir)
        .withProvisioning(provisioning);
  }

  @Override
  public Integer call() throws InterruptedException {
    Logger log = LoggerFactory.getLogger(ServerMain.class);
    MplpServer server;
    try {
      server = MplpServer.start(config());
    } catch (IOException | IllegalArgumentException e) {
      log.error("{}", e.getMessage());
      return 1;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("stopping");
                  server.close();
                  log.info("stopped");
                },
                "mplp-shutdown"));
    log.info(
        "MPLP server {} listening on {} (discovery {}, {} transport)",
        ServerDescription.implementationVersion(),
        server.controlUri(),
        server.discoveryUri(),
        server.transportName());
    if (!server.address().getAddress().isLoopbackAddress()) {
      // REQ-TRANSPORT-011: plaintext is for loopback; TLS comes with a later slice.
      log.warn("listening beyond loopback without TLS: anyone on the network can read the traffic");
    }
    if (provisioning) {
      // REQ-PROVISION-003: fine for a test deployment, never for a real one.
      log.warn("provisioning is on: anyone who reaches {} can create accounts", server.httpBase());
    }
    server.awaitClosed();
    return 0;
  }

  public static void main(String[] args) {
    // Before the first logger exists: logback reads its configuration once.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", LOG_CONFIG);
    }
    int exitCode = new CommandLine(new ServerMain()).execute(args);
    // After a signal the shutdown hook is running; System.exit would wait on it forever.
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  /** The project version, for --version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"mplp server " + ServerDescription.implementationVersion()};
    }
  }
}
