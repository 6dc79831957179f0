package org.mplp.bench.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

/**
 * The data channel's PUT and GET of one file, on a plain blocking socket each: one thread per
 * direction with large buffers is the cheapest client there is, so the figure is the relay's and
 * not the client's. HTTP/1.1 with a Content-Length, one request per connection.
 */
public final class DataRequests {

  private static final int BUFFER = 256 * 1024;

  private final String host;
  private final int port;

  /** Data requests to the HTTP origin of {@code controlUri} (ws://host:port/...). */
  public DataRequests(URI controlUri) {
    if (!"ws".equals(controlUri.getScheme())) {
      // A TLS client here would measure the cipher as much as the relay; not built yet.
      throw new IllegalArgumentException("the files bench speaks plain HTTP (ws://) only");
    }
    this.host = controlUri.getHost();
    this.port = controlUri.getPort() > 0 ? controlUri.getPort() : 80;
  }

  /** Uploads the whole file from offset 0; {@code sent} follows the bytes written. */
  public int put(String path, String token, GeneratedBytes bytes, AtomicLong sent)
      throws IOException {
    try (Socket socket = open()) {
      OutputStream out = socket.getOutputStream();
      out.write(
          head(
              "PUT",
              path,
              token,
              "Content-Type: application/octet-stream\r\nContent-Length: "
                  + bytes.size()
                  + "\r\n"));
      byte[] chunk = new byte[BUFFER];
      for (long at = 0; at < bytes.size(); at += chunk.length) {
        int n = (int) Math.min(chunk.length, bytes.size() - at);
        bytes.fill(chunk, at, n);
        out.write(chunk, 0, n);
        sent.addAndGet(n);
      }
      out.flush();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      Response response = readHead(in);
      in.skipNBytes(response.contentLength());
      return response.status();
    }
  }

  /** Downloads the whole file; {@code received} follows the bytes read. */
  public Download get(String path, String token, AtomicLong received) throws IOException {
    try (Socket socket = open()) {
      socket.getOutputStream().write(head("GET", path, token, ""));
      InputStream in = new BufferedInputStream(socket.getInputStream(), BUFFER);
      Response response = readHead(in);
      CRC32C crc = new CRC32C();
      byte[] buffer = new byte[BUFFER];
      long left = response.contentLength();
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new IOException("the download ended " + left + " bytes short");
        }
        crc.update(buffer, 0, n);
        received.addAndGet(n);
        left -= n;
      }
      return new Download(response.status(), response.contentLength(), crc.getValue());
    }
  }

  /** What a GET returned: status, announced length, CRC32C of the body. */
  public record Download(int status, long length, long crc32c) {}

  private record Response(int status, long contentLength) {}

  private Socket open() throws IOException {
    Socket socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSendBufferSize(4 << 20);
    socket.setReceiveBufferSize(4 << 20);
    socket.connect(new InetSocketAddress(host, port), 10_000);
    socket.setSoTimeout(60_000);
    return socket;
  }

  private byte[] head(String method, String path, String token, String extra) {
    return (method
            + " "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + "\r\nAuthorization: Bearer "
            + token
            + "\r\n"
            + extra
            + "Connection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** Status line and headers, up to the empty line; the body is left in the stream. */
  private static Response readHead(InputStream in) throws IOException {
    String status = readLine(in);
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP response: " + status);
    }
    Map<String, String> headers = new HashMap<>();
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    if (headers.containsKey("transfer-encoding")) {
      throw new IOException("expected a Content-Length, got Transfer-Encoding in " + headers);
    }
    long length = Long.parseLong(headers.getOrDefault("content-length", "0"));
    return new Response(Integer.parseInt(parts[1]), length);
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        throw new IOException("the connection closed inside the response head");
      }
      if (c != '\r') {
        line.write(c);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }
}
