package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that hold connections by sending slowly, or by opening many, are closed; everyone else is
 * served meanwhile (spec: Limits; issue 18 item 3). The limits come from the discovery document.
 */
class SlowRequestsTest {

  @TempDir static Path temp;
  private static MplpServer server;
  private static JsonNode limits;

  @BeforeAll
  static void start() throws Exception {
    server =
        MplpServer.start(ServerConfig.defaults().withPort(0).withDataDir(temp.resolve("data")));
    limits = discovery().path("limits");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode discovery() throws Exception {
    HttpResponse<String> response =
        WsTestClient.HTTP.send(
            HttpRequest.newBuilder(server.discoveryUri()).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  private static int limit(String name) {
    assertThat(limits.has(name)).as("the discovery document advertises %s", name).isTrue();
    return limits.path(name).asInt();
  }

  private static Socket connect(String from) throws IOException {
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(from, 0));
    socket.connect(server.address());
    return socket;
  }

  /**
   * Sends {@code start}, then one byte of {@code trickle} a second until the server closes the
   * connection or {@code seconds} have passed; true when the server closed it.
   */
  private static boolean closedWhileTrickling(Socket socket, String start, int seconds)
      throws IOException, InterruptedException {
    OutputStream out = socket.getOutputStream();
    InputStream in = socket.getInputStream();
    out.write(start.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    socket.setSoTimeout(1000);
    for (int second = 0; second < seconds; second++) {
      try {
        out.write('a');
        out.flush();
        while (in.read() >= 0) {
          // An answer (408) before the close is allowed; the close is what counts.
        }
        return true;
      } catch (SocketTimeoutException stillOpen) {
        // One more byte, one second later.
      } catch (IOException reset) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aRequestHeadSentAByteASecondIsClosedAndOthersAreServed() throws Exception {
    int headSeconds = limit("requestHeadSeconds");
    try (Socket slow = connect("127.0.0.1")) {
      String start = "GET /.well-known/mplp HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
      boolean closed = closedWhileTrickling(slow, start, headSeconds + 20);
      assertThat(closed).as("a head still unfinished after %d s is closed", headSeconds).isTrue();
    }
    assertThat(discovery().path("endpoint").asText()).isEqualTo("/mplp");
  }

  @Test
  void aBodySentAByteEveryFewSecondsIsClosed() throws Exception {
    int bodySeconds = limit("requestBodyIdleSeconds");
    try (Socket slow = connect("127.0.0.1")) {
      String start =
          "POST /.well-known/mplp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n";
      slow.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
      slow.setSoTimeout((bodySeconds + 20) * 1000);
      // Nothing more is sent: the body makes no progress.
      int read;
      try {
        while ((read = slow.getInputStream().read()) >= 0) {
          // An answer before the close is allowed.
        }
      } catch (SocketTimeoutException e) {
        read = -2;
      } catch (IOException reset) {
        read = -1;
      }
      assertThat(read).as("a body idle for %d s is closed", bodySeconds).isEqualTo(-1);
    }
  }

  @Test
  void connectionsBeyondTheCapOfOneAddressAreClosedAndOtherAddressesAreServed() throws Exception {
    int cap = limit("maxConnectionsPerAddress");
    List<Socket> held = new ArrayList<>();
    try {
      for (int i = 0; i < cap; i++) {
        held.add(connect("127.0.0.3"));
      }
      // The cap's own connections are still served.
      Socket last = held.get(held.size() - 1);
      last.getOutputStream()
          .write(
              "GET /.well-known/mplp HTTP/1.1\r\nHost: x\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      last.setSoTimeout(10_000);
      assertThat(new String(last.getInputStream().readNBytes(12), StandardCharsets.US_ASCII))
          .isEqualTo("HTTP/1.1 200");

      try (Socket beyond = connect("127.0.0.3")) {
        beyond.setSoTimeout(10_000);
        int read;
        try {
          read = beyond.getInputStream().read();
        } catch (SocketTimeoutException e) {
          read = -2;
        } catch (IOException reset) {
          read = -1;
        }
        assertThat(read).as("connection %d from one address is closed", cap + 1).isEqualTo(-1);
      }
      try (Socket other = connect("127.0.0.4")) {
        other
            .getOutputStream()
            .write(
                "GET /.well-known/mplp HTTP/1.1\r\nHost: x\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        other.setSoTimeout(10_000);
        assertThat(new String(other.getInputStream().readNBytes(12), StandardCharsets.US_ASCII))
            .isEqualTo("HTTP/1.1 200");
      }
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }
}
