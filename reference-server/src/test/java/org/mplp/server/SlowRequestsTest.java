package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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

  @Test
  void manyRequestHeadsSentAByteASecondAreClosedAndOthersAreServedMeanwhile() throws Exception {
    int headSeconds = limit("requestHeadSeconds");
    int slowCount = 50;
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < slowCount; i++) {
        Socket socket = connect("127.0.0.5");
        socket
            .getOutputStream()
            .write(
                "GET /.well-known/mplp HTTP/1.1\r\nHost: x\r\nX-Slow: "
                    .getBytes(StandardCharsets.US_ASCII));
        socket.setSoTimeout(1);
        slow.add(socket);
      }
      int open = slowCount;
      boolean servedMeanwhile = false;
      for (int second = 0; second < headSeconds + 20 && open > 0; second++) {
        Thread.sleep(1000);
        open = 0;
        for (Socket socket : slow) {
          if (!closedByServer(socket)) {
            open++;
          }
        }
        if (!servedMeanwhile) {
          // A normal client, from another address, while the slow ones still trickle.
          assertThat(discovery().path("endpoint").asText()).isEqualTo("/mplp");
          servedMeanwhile = true;
        }
      }
      assertThat(open).as("slow heads still open after %d s", headSeconds + 20).isZero();
      assertThat(servedMeanwhile).isTrue();
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  /** Sends one more header byte; true once the server has closed the connection. */
  private static boolean closedByServer(Socket socket) {
    try {
      socket.getOutputStream().write('a');
      socket.getOutputStream().flush();
      byte[] buffer = new byte[512];
      while (true) {
        if (socket.getInputStream().read(buffer) < 0) {
          return true;
        }
      }
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
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
