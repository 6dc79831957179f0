package org.mplp.bench.xmpp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway ejabberd node on loopback: its config, Mnesia spool and logs in a temporary
 * directory, plaintext c2s with SASL PLAIN, and anonymous login for any name and password ({@code
 * login_anon}, several resources per name), so that the bench's {@code user<n>} accounts need no
 * registration. Nothing is stored: no offline storage, no archive, no roster.
 */
public final class EjabberdServer implements XmppPeer {

  private static final String CTL = "/usr/sbin/ejabberdctl";

  private final Path dir;
  private final Process process;
  private final int port;

  private EjabberdServer(Path dir, Process process, int port) {
    this.dir = dir;
    this.process = process;
    this.port = port;
  }

  public static EjabberdServer start() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("mplp-bench-ejabberd");
    int port = freePort();
    Files.createDirectories(dir.resolve("logs"));
    Files.createDirectories(dir.resolve("db"));
    Files.writeString(dir.resolve("ejabberd.yml"), config(port));
    // ejabberdctl run by root drops to the package's ejabberd user, which must own the directory.
    new ProcessBuilder("chown", "-R", "ejabberd", dir.toString()).inheritIO().start().waitFor();
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      // Dropping through su gives the node the PAM default of 1,024 open files, fewer than the
      // bench's sessions; switching user without su keeps the limit raised here to the hard one.
      command.addAll(
          List.of(
              "sh",
              "-c",
              "ulimit -n \"$(ulimit -Hn)\" && exec \"$@\"",
              "sh",
              "setpriv",
              "--reuid=ejabberd",
              "--regid=ejabberd",
              "--init-groups"));
    }
    command.addAll(
        List.of(
            CTL,
            "--config-dir",
            dir.toString(),
            "--config",
            dir.resolve("ejabberd.yml").toString(),
            "--logs",
            dir.resolve("logs").toString(),
            "--spool",
            dir.resolve("db").toString(),
            "--node",
            "mplpbench" + port + "@localhost",
            "foreground"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("stdout.log").toFile());
    // The Erlang node keeps its cookie in $HOME, which must be the ejabberd user's to write.
    builder.environment().put("HOME", dir.toString());
    Process process = builder.start();
    EjabberdServer server = new EjabberdServer(dir, process, port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("ejabberd exited: " + Files.readString(dir.resolve("stdout.log")));
      }
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return server;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    server.close();
    throw new IOException("ejabberd did not open port " + port);
  }

  static String config(int port) {
    return String.join(
        "\n",
        List.of(
            "# written by mplp bench peer; thrown away after the run",
            "hosts:",
            "  - " + ProsodyServer.DOMAIN,
            "loglevel: error",
            "log_rotate_count: 0",
            "certfiles: []",
            "listen:",
            "  -",
            "    port: " + port,
            "    ip: \"127.0.0.1\"",
            "    module: ejabberd_c2s",
            // The bench opens every session at once; a short accept queue drops the SYNs.
            "    backlog: 4096",
            "    max_stanza_size: 262144",
            "    shaper: none",
            "    access: all",
            "    starttls: false",
            "auth_method: anonymous",
            "anonymous_protocol: login_anon",
            "allow_multiple_connections: true",
            "shaper: {}",
            "shaper_rules: {}",
            "acl: {}",
            "access_rules:",
            "  local:",
            "    allow: all",
            "modules:",
            "  mod_disco: {}",
            "  mod_ping: {}",
            ""));
  }

  @Override
  public int port() {
    return port;
  }

  /** The Erlang VM under ejabberdctl (and su). */
  @Override
  public long pid() {
    return process
        .descendants()
        .filter(p -> p.info().command().map(c -> c.contains("beam")).orElse(false))
        .findFirst()
        .map(ProcessHandle::pid)
        .orElse(process.pid());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws IOException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
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
