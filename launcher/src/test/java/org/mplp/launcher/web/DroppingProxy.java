package org.mplp.launcher.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay on loopback between the browser and the server, standing in for a network that drops:
 * armed, it cuts every connection at once when one data request has moved more than a number of
 * bytes in one direction. It also notes the data requests' head lines that tell a resume (HEAD,
 * Range, Content-Range), and can slow the server's bytes down to a rate.
 */
final class DroppingProxy implements AutoCloseable {
  private static final Pattern RESUME_HEADERS =
      Pattern.compile(
          "(?im)^(HEAD /transfers/\\S+|PUT /transfers/\\S+|GET /transfers/\\S+|range: bytes=\\S+"
              + "|content-range: bytes \\S+)");

  private final ServerSocket listener;
  private final InetSocketAddress target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final AtomicBoolean running = new AtomicBoolean(true);

  /** Armed cut: the request kind ("PUT" or "GET"), the direction and the bytes before it. */
  private volatile String cutRequest;

  private volatile boolean cutUpstream;
  private volatile long cutAfter;
  private volatile long bytesPerSecond;

  DroppingProxy(int targetPort) throws IOException {
    this.target = new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort);
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accepting = new Thread(this::accept, "dropping-proxy");
    accepting.setDaemon(true);
    accepting.start();
  }

  URI httpBase() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
  }

  /** Cuts everything once a PUT (upload) has sent more than the bytes given. */
  void cutUploadAfter(long bytes) {
    arm("PUT", true, bytes);
  }

  /** Cuts everything once a GET of a file has received more than the bytes given. */
  void cutDownloadAfter(long bytes) {
    arm("GET", false, bytes);
  }

  private synchronized void arm(String request, boolean upstream, long bytes) {
    cutUpstream = upstream;
    cutAfter = bytes;
    cutRequest = request;
  }

  synchronized void disarm() {
    cutRequest = null;
  }

  boolean armed() {
    return cutRequest != null;
  }

  /** The server's bytes to the browser at no more than this rate; 0 for no limit. */
  void limitDownstream(long bytesPerSecond) {
    this.bytesPerSecond = bytesPerSecond;
  }

  /** The data requests' lines seen so far: HEAD/PUT/GET lines and Range, Content-Range headers. */
  List<String> seen() {
    return List.copyOf(seen);
  }

  private void accept() {
    while (running.get()) {
      try {
        Socket browser = listener.accept();
        Socket server = new Socket();
        server.connect(target);
        open.add(browser);
        open.add(server);
        Connection connection = new Connection();
        pump(browser, server, true, connection);
        pump(server, browser, false, connection);
      } catch (IOException e) {
        if (running.get()) {
          continue;
        }
        return;
      }
    }
  }

  /** What one browser connection is doing now: the data request last seen on it. */
  private static final class Connection {
    volatile String request = "";
    volatile long moved;
  }

  private void pump(Socket from, Socket to, boolean upstream, Connection connection) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                  if (upstream) {
                    note(connection, new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                  }
                  if (shouldCut(connection, upstream, n)) {
                    cutAll();
                    return;
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                  slowDown(upstream, n);
                }
              } catch (IOException e) {
                // The other side went away: close both.
              } finally {
                close(from);
                close(to);
              }
            },
            "dropping-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private void note(Connection connection, String text) {
    Matcher matcher = RESUME_HEADERS.matcher(text);
    while (matcher.find()) {
      String line = matcher.group(1);
      seen.add(line);
      String upper = line.toUpperCase(Locale.ROOT);
      if (upper.startsWith("PUT ") || upper.startsWith("GET ") || upper.startsWith("HEAD ")) {
        connection.request = upper.substring(0, upper.indexOf(' '));
        connection.moved = 0;
      }
    }
  }

  private synchronized boolean shouldCut(Connection connection, boolean upstream, int n) {
    if (cutRequest == null || !cutRequest.equals(connection.request) || cutUpstream != upstream) {
      return false;
    }
    connection.moved += n;
    if (connection.moved <= cutAfter) {
      return false;
    }
    cutRequest = null;
    return true;
  }

  private void slowDown(boolean upstream, int n) {
    long rate = bytesPerSecond;
    if (upstream || rate <= 0) {
      return;
    }
    try {
      Thread.sleep(n * 1000L / rate);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Every connection through the proxy ends at once, as when the network goes away. */
  void cutAll() {
    for (Socket socket : open) {
      close(socket);
    }
  }

  private void close(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    running.set(false);
    listener.close();
    cutAll();
  }
}
