package org.mplp.server;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mplp.server.tls.CertificateFingerprint;
import org.mplp.server.tls.SelfSignedTls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
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

  @Option(
      names = "--admin-port",
      paramLabel = "PORT",
      defaultValue = "0",
      description =
          "Loopback port of /health/live, /health/ready and /metrics (Prometheus) and of the"
              + " account command's notices; 0 picks a free one, named in <data-dir>/admin.json;"
              + " -1 serves none (default: ${DEFAULT-VALUE}).")
  int adminPort;

  @Option(
      names = "--limits",
      paramLabel = "FILE",
      description =
          "The limits to advertise and enforce, as a JSON object like the discovery document's"
              + " limits (every member, within the schema's bounds and the constraints between"
              + " limits); the defaults otherwise.")
  Path limits;

  @Option(
      names = "--alternative",
      paramLabel = "NAME",
      split = ",",
      description =
          "Gives the other spec-legal answer to an open choice of the spec, beside the server's"
              + " own: settings-at-login, progress-often, lazy-expiry,"
              + " schema-violation-before-hello, challenge-malformed-login, offline-on-replacement,"
              + " offline-before-removal, or all. For conformance kits that prove they accept"
              + " both.")
  List<String> alternatives = List.of();

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  TlsOptions tls;

  /** Either certificate files or a self-signed certificate, not both. */
  static final class TlsOptions {
    @ArgGroup(exclusive = false, multiplicity = "1")
    CertificateFiles files;

    @Option(
        names = "--tls-self-signed",
        required = true,
        description =
            "Serves https/wss with a self-signed certificate for the host, made once in"
                + " <data-dir>/tls/ and reused; the log shows its path and SHA-256 fingerprint."
                + " For local trials.")
    boolean selfSigned;
  }

  /** --tls-cert and --tls-key: both or neither. */
  static final class CertificateFiles {
    @Option(
        names = "--tls-cert",
        paramLabel = "FILE",
        required = true,
        description = "PEM certificate chain, the server's certificate first; needs --tls-key.")
    Path certificateChain;

    @Option(
        names = "--tls-key",
        paramLabel = "FILE",
        required = true,
        description = "PEM private key (unencrypted PKCS#8) of the certificate.")
    Path privateKey;
  }

  /** The configuration the options describe; reads no file but the limits. */
  ServerConfig config() throws IOException {
    ServerConfig config =
        ServerConfig.defaults()
            .withHost(host)
            .withPort(port)
            .withDataDir(dataDir)
            .withProvisioning(provisioning)
            .withAdminPort(adminPort)
            .withAlternatives(alternatives(alternatives));
    if (limits != null) {
      config = config.withLimits(LimitsFile.read(limits));
    }
    if (tls == null) {
      return config;
    }
    if (tls.selfSigned) {
      return config.withTls(SelfSignedTls.files(dataDir));
    }
    return config.withTls(new TlsConfig(tls.files.certificateChain, tls.files.privateKey));
  }

  /** The configuration, after making or reusing the self-signed certificate when asked for. */
  ServerConfig prepare(Logger log) throws IOException {
    if (tls != null && tls.selfSigned) {
      SelfSignedTls.Outcome outcome = SelfSignedTls.ensure(dataDir, host);
      if (outcome.created()) {
        log.info(
            "made a self-signed certificate {} ({})",
            outcome.files().certificateChain(),
            outcome.reason());
      }
      log.info(
          "self-signed certificate {}, SHA-256 fingerprint {}; clients may trust it, e.g."
              + " curl --cacert {}",
          outcome.files().certificateChain(),
          CertificateFingerprint.sha256(outcome.certificate()),
          outcome.files().certificateChain());
    }
    return config();
  }

  /** The alternatives by name; "all" names every one. */
  static Set<Alternative> alternatives(List<String> names) {
    Set<Alternative> chosen = EnumSet.noneOf(Alternative.class);
    for (String name : names) {
      if (name.equals("all")) {
        chosen.addAll(EnumSet.allOf(Alternative.class));
      } else {
        chosen.add(
            Alternative.forName(name)
                .orElseThrow(() -> new IllegalArgumentException("no alternative " + name)));
      }
    }
    return chosen;
  }

  /** REQ-TRANSPORT-011: plaintext is for loopback. */
  static boolean plaintextBeyondLoopback(InetAddress listening, ServerConfig config) {
    return config.tls().isEmpty() && !listening.isLoopbackAddress();
  }

  @Override
  public Integer call() throws InterruptedException {
    Logger log = LoggerFactory.getLogger(ServerMain.class);
    MplpServer server;
    try {
      server = MplpServer.start(prepare(log));
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
    log.info("web terminal: open {} in a browser", server.httpBase().resolve("/"));
    server.tlsCertificate().ifPresent(certificate -> logCertificate(log, certificate));
    if (plaintextBeyondLoopback(server.address().getAddress(), server.config())) {
      log.warn(
          "listening beyond loopback without TLS: anyone on the network can read the traffic;"
              + " see --tls-cert/--tls-key");
    }
    if (provisioning) {
      // REQ-PROVISION-003: fine for a test deployment, never for a real one.
      log.warn("provisioning is on: anyone who reaches {} can create accounts", server.httpBase());
    }
    server.awaitClosed();
    return 0;
  }

  private static void logCertificate(Logger log, X509Certificate certificate) {
    log.info(
        "TLS 1.2/1.3 with certificate {}, valid until {}, SHA-256 fingerprint {}",
        certificate.getSubjectX500Principal().getName(),
        certificate.getNotAfter().toInstant(),
        CertificateFingerprint.sha256(certificate));
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
