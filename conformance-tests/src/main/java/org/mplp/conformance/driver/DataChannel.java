package org.mplp.conformance.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The kit's client of the HTTP data channel (spec: Transfers > The data channel): PUT, HEAD and GET
 * of {@code /transfers/<transferId>/<index>} with a Bearer token, over the run's JDK client, and
 * uploads over a plain socket that the kit can cut midway. Every request and its status go into the
 * scenario's transcript.
 */
public final class DataChannel {

  /** An answer: its status, the headers the scenarios look at, and its body. */
  public record Answer(
      int status,
      Optional<String> uploadOffset,
      Optional<String> contentLength,
      Optional<String> contentRange,
      byte[] body) {

    public String describe() {
      return "HTTP status "
          + status
          + uploadOffset.map(o -> ", Upload-Offset " + o).orElse("")
          + contentRange.map(r -> ", Content-Range " + r).orElse("")
          + ", "
          + body.length
          + " bytes of body";
    }
  }

  private final URI httpBase;
  private final Duration timeout;
  private final Transcript transcript;

  public DataChannel(URI httpBase, Duration timeout, Transcript transcript) {
    this.httpBase = httpBase;
    this.timeout = timeout;
    this.transcript = transcript;
  }

  public static String path(String transferId, int index) {
    return "/transfers/" + transferId + "/" + index;
  }

  /** A PUT of {@code body}; {@code contentRange} null for none, {@code token} null for none. */
  public Answer put(String who, String path, String token, byte[] body, String contentRange) {
    HttpRequest.Builder request = request(path, token).PUT(BodyPublishers.ofByteArray(body));
    if (contentRange != null) {
      request.header("Content-Range", contentRange);
    }
    return send(
        who,
        "PUT " + path + (contentRange == null ? "" : " Content-Range: " + contentRange),
        request.build());
  }

  public Answer head(String who, String path, String token) {
    return send(
        who, "HEAD " + path, request(path, token).method("HEAD", BodyPublishers.noBody()).build());
  }

  /** A GET; {@code range} is the value of a Range header, or null for none. */
  public Answer get(String who, String path, String token, String range) {
    HttpRequest.Builder request = request(path, token).GET();
    if (range != null) {
      request.header("Range", range);
    }
    return send(who, "GET " + path + (range == null ? "" : " Range: " + range), request.build());
  }

  /** A GET whose body the caller reads as it arrives; the status is known at once. */
  public Streamed getStreamed(String who, String path, String token) {
    transcript.sent(who, "GET " + path + " (read as it arrives)");
    try {
      var response =
          Http.client().send(request(path, token).GET().build(), BodyHandlers.ofInputStream());
      transcript.received(who, "HTTP status " + response.statusCode());
      return new Streamed(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new DriverException("GET " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriverException("interrupted", e);
    }
  }

  /** A download read as it arrives. */
  public record Streamed(int status, InputStream body) {
    /** Reads exactly {@code n} bytes, or fewer when the body ends first. */
    public byte[] read(int n) {
      try {
        return body.readNBytes(n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Reads to the end of the body. */
    public byte[] rest() {
      try {
        return body.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Stops reading: the connection is given up, as when a download is cut. */
    public void cut() {
      try {
        body.close();
      } catch (IOException e) {
        // Closing is all a cut asks for.
      }
    }
  }

  /**
   * A PUT of {@code body} in chunked encoding, which announces no length, with the Content-Range
   * given; over a socket of its own, as the JDK client sends no Content-Range with a chunked body.
   */
  public Answer putChunked(String who, String path, String token, byte[] body, String range) {
    transcript.sent(
        who, "PUT " + path + " Content-Range: " + range + ", " + body.length + " bytes chunked");
    try (Socket socket = socket()) {
      socket.setSoTimeout((int) timeout.toMillis());
      OutputStream out = socket.getOutputStream();
      String head =
          "PUT "
              + path
              + " HTTP/1.1\r\nHost: "
              + httpBase.getHost()
              + ':'
              + port()
              + "\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Range: "
              + range
              + "\r\nTransfer-Encoding: chunked\r\n\r\n"
              + Integer.toHexString(body.length)
              + "\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Answer answer = readAnswerHead(socket.getInputStream());
      transcript.received(who, answer.describe());
      return answer;
    } catch (IOException e) {
      throw new DriverException("PUT " + path + " failed: " + e.getMessage(), e);
    }
  }

  /** The status and the headers the scenarios look at, read up to the end of the head. */
  private static Answer readAnswerHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0 && head.length() < 16_384) {
      head.append((char) b);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    String[] lines = head.toString().split("\r\n");
    if (!lines[0].startsWith("HTTP/1.")) {
      throw new DriverException("not an HTTP status line: " + lines[0]);
    }
    int status = Integer.parseInt(lines[0].substring(9, 12));
    Optional<String> offset = Optional.empty();
    for (String line : lines) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("upload-offset:")) {
        offset = Optional.of(line.substring(line.indexOf(':') + 1).strip());
      }
    }
    return new Answer(status, offset, Optional.empty(), Optional.empty(), new byte[0]);
  }

  /**
   * Starts a PUT of {@code length} bytes from {@code first} on a socket of its own, sending nothing
   * of the body yet; {@link RawUpload#send} sends parts of it.
   */
  public RawUpload startRawPut(String who, String path, String token, long first, long length) {
    try {
      Socket socket = socket();
      socket.setSoTimeout((int) timeout.toMillis());
      StringBuilder head =
          new StringBuilder("PUT ")
              .append(path)
              .append(" HTTP/1.1\r\nHost: ")
              .append(httpBase.getHost())
              .append(':')
              .append(port())
              .append("\r\nAuthorization: Bearer ")
              .append(token)
              .append("\r\nContent-Length: ")
              .append(length)
              .append("\r\n");
      if (first > 0) {
        head.append("Content-Range: bytes ")
            .append(first)
            .append('-')
            .append(first + length - 1)
            .append("/*\r\n");
      }
      head.append("\r\n");
      socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.US_ASCII));
      transcript.sent(who, "PUT " + path + " of " + length + " bytes from " + first + " (raw)");
      return new RawUpload(who, socket);
    } catch (IOException e) {
      throw new DriverException("cannot connect to " + httpBase + ": " + e.getMessage(), e);
    }
  }

  /** An upload on a plain socket: its body goes in parts, and the kit may cut it. */
  public final class RawUpload {
    private final String who;
    private final Socket socket;

    private RawUpload(String who, Socket socket) {
      this.who = who;
      this.socket = socket;
    }

    public void send(byte[] bytes, int from, int to) {
      try {
        OutputStream out = socket.getOutputStream();
        out.write(bytes, from, to - from);
        out.flush();
        transcript.sent(who, "bytes " + from + " to " + (to - 1) + " of the body");
      } catch (IOException e) {
        throw new DriverException("the upload broke: " + e.getMessage(), e);
      }
    }

    /** The status line's code, once the whole body is sent. */
    public int status() {
      try {
        InputStream in = socket.getInputStream();
        String line = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
        transcript.received(who, line.strip());
        socket.close();
        if (!line.startsWith("HTTP/1.1 ") && !line.startsWith("HTTP/1.0 ")) {
          throw new DriverException("not an HTTP status line: " + line);
        }
        return Integer.parseInt(line.substring(9, 12));
      } catch (IOException e) {
        throw new DriverException("no answer to the upload: " + e.getMessage(), e);
      }
    }

    /** Closes the connection in the middle of the body. */
    public void cut() {
      try {
        socket.close();
        transcript.note(who, "upload connection closed midway");
      } catch (IOException e) {
        // Closed either way.
      }
    }
  }

  private Socket socket() throws IOException {
    if ("https".equalsIgnoreCase(httpBase.getScheme())) {
      return Http.client().sslContext().getSocketFactory().createSocket(httpBase.getHost(), port());
    }
    return new Socket(httpBase.getHost(), port());
  }

  private int port() {
    if (httpBase.getPort() > 0) {
      return httpBase.getPort();
    }
    return "https".equalsIgnoreCase(httpBase.getScheme()) ? 443 : 80;
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(httpBase.resolve(path)).timeout(timeout);
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  private Answer send(String who, String line, HttpRequest request) {
    transcript.sent(who, line);
    try {
      var response = Http.client().send(request, BodyHandlers.ofByteArray());
      var headers = response.headers();
      Answer answer =
          new Answer(
              response.statusCode(),
              headers.firstValue("Upload-Offset"),
              headers.firstValue("Content-Length"),
              headers.firstValue("Content-Range"),
              response.body());
      transcript.received(who, answer.describe());
      return answer;
    } catch (HttpTimeoutException e) {
      throw new DriverException(line + ": no answer within " + timeout, e);
    } catch (IOException e) {
      throw new DriverException(line + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriverException("interrupted", e);
    }
  }
}
