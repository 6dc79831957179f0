package org.mplp.conformance.driver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP over a plain socket (or TLS), for what the JDK client will not send: the upgrade requests of
 * WebSocket drafts, a head one byte a second, a body that stops. Every request and answer goes into
 * the scenario's transcript.
 */
public final class RawHttp {

  /** The status line and headers of an answer, or the end of the connection instead of one. */
  public record Answer(int status, Map<String, String> headers, boolean closedWithoutAnswer) {
    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public String describe() {
      return closedWithoutAnswer
          ? "the connection closed without an answer"
          : "HTTP status " + status + " with headers " + headers;
    }
  }

  /** How a connection that was kept busy ended: closed by the server after a while, or not. */
  public record Held(boolean closed, Duration after) {
    public String describe() {
      return (closed ? "the server closed the connection after " : "still open after ")
          + after.toSeconds()
          + " s";
    }
  }

  private final URI origin;
  private final Duration timeout;
  private final Transcript transcript;

  /**
   * @param origin http(s)://host:port of the server
   */
  public RawHttp(URI origin, Duration timeout, Transcript transcript) {
    this.origin = origin;
    this.timeout = timeout;
    this.transcript = transcript;
  }

  /** Sends {@code request} as it is and reads the status line and headers of the answer. */
  public Answer exchange(String who, String description, String request) {
    transcript.sent(who, description);
    try {
      Answer answer = send(request);
      transcript.received(who, answer.describe());
      return answer;
    } catch (SocketTimeoutException e) {
      throw new DriverException(description + ": no answer within " + timeout, e);
    } catch (IOException e) {
      throw new DriverException(description + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * As {@link #exchange}, but a connection the server ends before an answer (closed, reset, a TLS
   * handshake cut short, a connection refused) is the answer: closed without one. Only silence with
   * the connection open fails, as no answer within the timeout.
   */
  public Answer exchangeOrClosed(String who, String description, String request) {
    transcript.sent(who, description);
    try {
      Answer answer = send(request);
      transcript.received(who, answer.describe());
      return answer;
    } catch (SocketTimeoutException e) {
      transcript.received(
          who, "neither an answer nor a close within " + timeout.toMillis() + " ms");
      throw new DriverException(description + ": no answer within " + timeout, e);
    } catch (IOException e) {
      Answer closed = new Answer(-1, Map.of(), true);
      transcript.received(who, closed.describe() + " (" + e.getMessage() + ")");
      return closed;
    }
  }

  /** Sends {@code request} on a connection of its own and reads the head of the answer. */
  private Answer send(String request) throws IOException {
    try (Socket socket = open()) {
      socket.setSoTimeout((int) timeout.toMillis());
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return readHead(socket.getInputStream());
    }
  }

  /** Opens a TCP connection to the origin and sends nothing: one the server counts as open. */
  public Socket hold() throws IOException {
    int port = origin.getPort() > 0 ? origin.getPort() : defaultPort();
    return new Socket(origin.getHost(), port);
  }

  /**
   * Sends {@code start}, then one more byte of a header every second, until the server closes the
   * connection or {@code limit} has passed.
   */
  public Held trickleHead(String who, String start, Duration limit) {
    transcript.sent(who, "the start of a request head, then one byte a second");
    try (Socket socket = open()) {
      OutputStream out = socket.getOutputStream();
      out.write(start.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return holdUntilClosed(who, socket, limit, true);
    } catch (IOException e) {
      throw new DriverException("cannot connect to " + origin + ": " + e.getMessage(), e);
    }
  }

  /**
   * Sends a request head and {@code bodyStart} of its body, then nothing more, until the server
   * closes the connection or {@code limit} has passed.
   */
  public Held stallBody(String who, String head, byte[] bodyStart, Duration limit) {
    transcript.sent(
        who, "a request head and " + bodyStart.length + " bytes of its body, then no more");
    try (Socket socket = open()) {
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(bodyStart);
      out.flush();
      return holdUntilClosed(who, socket, limit, false);
    } catch (IOException e) {
      throw new DriverException("cannot connect to " + origin + ": " + e.getMessage(), e);
    }
  }

  private Held holdUntilClosed(String who, Socket socket, Duration limit, boolean trickle)
      throws IOException {
    long start = System.nanoTime();
    socket.setSoTimeout(1000);
    InputStream in = socket.getInputStream();
    while (Duration.ofNanos(System.nanoTime() - start).compareTo(limit) < 0) {
      try {
        if (trickle) {
          socket.getOutputStream().write('a');
          socket.getOutputStream().flush();
        }
        if (in.read(new byte[4096]) < 0) {
          return held(who, true, start);
        }
      } catch (SocketTimeoutException stillOpen) {
        // Nothing yet: another second.
      } catch (IOException reset) {
        return held(who, true, start);
      }
    }
    return held(who, false, start);
  }

  private Held held(String who, boolean closed, long start) {
    Held held = new Held(closed, Duration.ofNanos(System.nanoTime() - start));
    transcript.received(who, held.describe());
    return held;
  }

  private Socket open() throws IOException {
    int port = origin.getPort() > 0 ? origin.getPort() : defaultPort();
    if ("https".equalsIgnoreCase(origin.getScheme())) {
      return Http.client().sslContext().getSocketFactory().createSocket(origin.getHost(), port);
    }
    return new Socket(origin.getHost(), port);
  }

  private int defaultPort() {
    return "https".equalsIgnoreCase(origin.getScheme()) ? 443 : 80;
  }

  /** Reads to the blank line after the headers; a connection that ends first ends the answer. */
  private static Answer readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while (matched < 4 && (b = in.read()) >= 0 && head.size() < 16_384) {
      head.write(b);
      matched =
          (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    if (text.isEmpty()) {
      return new Answer(-1, Map.of(), true);
    }
    String[] lines = text.split("\r\n");
    String[] status = lines[0].split(" ", 3);
    if (status.length < 2 || !status[0].startsWith("HTTP/")) {
      throw new DriverException("not an HTTP status line: " + lines[0]);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    return new Answer(Integer.parseInt(status[1]), headers, false);
  }
}
