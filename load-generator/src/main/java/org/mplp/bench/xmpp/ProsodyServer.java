package org.mplp.bench.xmpp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway Prosody on loopback: its config, data and log in a temporary directory, plaintext c2s
 * with PLAIN allowed (loopback only), accounts written straight into its internal_plain store
 * before it starts.
 */
public final class ProsodyServer implements XmppPeer {

  public static final String DOMAIN = "localhost";

  private final Path dir;
  private final Process process;
  private final int port;

  private ProsodyServer(Path dir, Process process, int port) {
    this.dir = dir;
    this.process = process;
    this.port = port;
  }

  /** Starts Prosody with accounts {@code user1..userN}, each with password {@code pw-<i>}. */
  public static ProsodyServer start(int accounts) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("mplp-bench-prosody");
    int port = freePort();
    Path accountsDir = dir.resolve("data").resolve(DOMAIN).resolve("accounts");
    Files.createDirectories(accountsDir);
    for (int i = 1; i <= accounts; i++) {
      Files.writeString(
          accountsDir.resolve(user(i) + ".dat"),
          "return {\n\t[\"password\"] = \"" + password(i) + "\";\n};\n");
    }
    Path config = dir.resolve("prosody.cfg.lua");
    Files.writeString(config, config(dir, port));
    Process process =
        new ProcessBuilder("prosody", "--config", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("stdout.log").toFile())
            .start();
    ProsodyServer server = new ProsodyServer(dir, process, port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("prosody exited: " + Files.readString(dir.resolve("stdout.log")));
      }
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return server;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    server.close();
    throw new IOException("prosody did not open port " + port);
  }

  static String config(Path dir, int port) {
    return String.join(
        "\n",
        List.of(
            "-- written by mplp bench peer; thrown away after the run",
            "daemonize = false",
            "run_as_root = true",
            "pidfile = \"" + dir.resolve("prosody.pid") + "\"",
            "data_path = \"" + dir.resolve("data") + "\"",
            "log = { error = \"" + dir.resolve("prosody.log") + "\" }",
            "interfaces = { \"127.0.0.1\" }",
            "c2s_ports = { " + port + " }",
            "c2s_direct_tls_ports = { }",
            "s2s_ports = { }",
            "http_ports = { }",
            "https_ports = { }",
            "c2s_require_encryption = false",
            "allow_unencrypted_plain_auth = true",
            "authentication = \"internal_plain\"",
            "storage = \"internal\"",
            "modules_enabled = { \"roster\"; \"saslauth\"; \"disco\"; \"ping\" }",
            "modules_disabled = { \"s2s\"; \"offline\"; \"c2s_limits\"; \"limits\" }",
            "VirtualHost \"" + DOMAIN + "\"",
            ""));
  }

  public static String user(int i) {
    return "user" + i;
  }

  public static String password(int i) {
    return "pw-" + i;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public long pid() {
    return process.pid();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
