package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.Limits;
import org.mplp.spec.model.Ping;
import org.mplp.spec.model.Pong;
import org.mplp.spec.model.Welcome;

/** The server over real sockets, with the JDK's HTTP and WebSocket clients. */
class MplpServerTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path temp;
  private static MplpServer server;

  @BeforeAll
  static void start() throws Exception {
    server = MplpServer.start(config(ServerConfig.DEFAULT_LIMITS));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ServerConfig config(Limits limits) {
    return config(limits, "data");
  }

  /** A server beside the shared one needs a data directory of its own: the log is locked. */
  private static ServerConfig config(Limits limits, String dataDir) {
    return ServerConfig.defaults()
        .withPort(0)
        .withDataDir(temp.resolve(dataDir))
        .withLimits(limits);
  }

  /** Connects in a binding and completes the opening exchange. */
  private static WsTestClient openSession(MplpServer target, Binding binding) throws Exception {
    WsTestClient client = connect(target, binding);
    client.send(client.encode(new Hello("h1", List.of("1.0"))));
    assertThat(client.next()).isInstanceOf(Welcome.class);
    return client;
  }

  private static WsTestClient connect(MplpServer target, Binding binding) throws Exception {
    return WsTestClient.connect(target.controlUri(), binding.subprotocol())
        .decodingWith(FrameCodec.forBinding(binding));
  }

  private static void assertFatal(WsTestClient client, String code, String replyTo, int closeCode)
      throws Exception {
    Frame frame = client.next();
    assertThat(frame).isInstanceOf(ErrorFrame.class);
    ErrorFrame error = (ErrorFrame) frame;
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.fatal()).isTrue();
    assertThat(error.replyTo()).isEqualTo(replyTo);
    assertThat(client.awaitClose()).isEqualTo(new WsTestClient.Close(closeCode, code));
  }

  private static JsonNode fetchDiscovery(MplpServer target) throws Exception {
    HttpResponse<String> response =
        WsTestClient.HTTP.send(
            HttpRequest.newBuilder(target.discoveryUri()).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).contains("application/json");
    return MAPPER.readTree(response.body());
  }

  @Test
  void startBindsAFreePortAndCreatesTheDataDirectory() {
    assertThat(server.boundPort()).isPositive().isNotEqualTo(ServerConfig.DEFAULT_PORT);
    assertThat(server.controlUri().toString())
        .isEqualTo("ws://127.0.0.1:" + server.boundPort() + "/mplp");
    assertThat(Files.isDirectory(temp.resolve("data"))).isTrue();
  }

  @Test
  void theDiscoveryDocumentValidatesAgainstItsSchema() throws Exception {
    JsonNode document = fetchDiscovery(server);
    var schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:org/mplp/spec/json/discovery.schema.json"));
    assertThat(schema.validate(document)).isEmpty();
    assertThat(document.get("endpoint").asText()).isEqualTo("/mplp");
    assertThat(document.findValuesAsText("subprotocol"))
        .containsExactly("mplp.1.json", "mplp.1.xml");
  }

  @Test
  void otherPathsAreNotFound() throws Exception {
    HttpResponse<String> response =
        WsTestClient.HTTP.send(
            HttpRequest.newBuilder(server.httpBase().resolve("/nothing-here")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void theClientsFirstSupportedSubprotocolIsSelected() throws Exception {
    WsTestClient xmlFirst = WsTestClient.connect(server.controlUri(), "mplp.1.xml", "mplp.1.json");
    assertThat(xmlFirst.subprotocol()).isEqualTo("mplp.1.xml");
    WsTestClient foreignFirst = WsTestClient.connect(server.controlUri(), "chat", "mplp.1.json");
    assertThat(foreignFirst.subprotocol()).isEqualTo("mplp.1.json");
    xmlFirst.abort();
    foreignFirst.abort();
  }

  @Test
  void anUpgradeWithoutASupportedSubprotocolIsRefusedWith400() throws Exception {
    Throwable failure =
        catchThrowable(() -> WsTestClient.connect(server.controlUri(), "chat", "mplp.2.json"));
    assertThat(failure).isInstanceOf(ExecutionException.class);
    assertThat(failure.getCause()).isInstanceOf(WebSocketHandshakeException.class);
    assertThat(((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode())
        .isEqualTo(400);

    String raw =
        RawHttp.exchange(
            server.boundPort(),
            "GET /mplp HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n");
    assertThat(raw).startsWith("HTTP/1.1 400 ").contains("mplp.1.json, mplp.1.xml");
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void helloIsWelcomedWithTheDiscoveryDocumentsLimits(Binding binding) throws Exception {
    WsTestClient client = connect(server, binding);
    assertThat(client.subprotocol()).isEqualTo(binding.subprotocol());
    client.send(client.encode(new Hello("c1", List.of("9.9", "1.0"))));
    Frame frame = client.next();
    assertThat(frame).isInstanceOf(Welcome.class);
    Welcome welcome = (Welcome) frame;
    assertThat(welcome.replyTo()).isEqualTo("c1");
    assertThat(welcome.version()).isEqualTo("1.0");
    JsonNode limits = fetchDiscovery(server).get("limits");
    assertThat(welcome.limits())
        .isEqualTo(
            new Limits(
                limits.get("maxFrameBytes").asInt(),
                limits.get("maxFramesPerSecond").asInt(),
                limits.get("helloTimeoutSeconds").asInt(),
                limits.get("maxDevicesPerAccount").asInt(),
                limits.get("maxFramesBeforeLogin").asInt(),
                limits.get("maxLoginFailures").asInt(),
                limits.get("lockoutSeconds").asInt(),
                limits.get("maxMessageBytes").asInt(),
                limits.get("maxPendingMessages").asInt(),
                limits.get("maxFileBytes").asLong(),
                limits.get("maxFilesPerOffer").asInt(),
                limits.get("maxOpenTransfers").asInt(),
                limits.get("offerLifetimeSeconds").asInt(),
                limits.get("transferLifetimeSeconds").asInt(),
                limits.get("spoolQuotaBytes").asLong(),
                limits.get("loginTimeoutSeconds").asInt(),
                limits.get("maxLoginFailuresPerAddress").asInt(),
                limits.get("maxConnectionsPerAddress").asInt(),
                limits.get("requestHeadSeconds").asInt(),
                limits.get("requestBodyIdleSeconds").asInt(),
                limits.get("transferRetentionSeconds").asInt(),
                limits.get("maxTransferBytes").asLong()));
    client.send(client.encode(new Ping("c2")));
    assertThat(client.next()).isEqualTo(new Pong("c2"));
    client.abort();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aFrameOfExactlyMaxFrameBytesIsAccepted(Binding binding) throws Exception {
    WsTestClient client = openSession(server, binding);
    String ping = client.encode(new Ping("big"));
    int size = ServerConfig.DEFAULT_LIMITS.maxFrameBytes();
    client.send(ping + " ".repeat(size - ping.getBytes(StandardCharsets.UTF_8).length));
    assertThat(client.next()).isEqualTo(new Pong("big"));
    client.abort();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aFrameBeyondMaxFrameBytesClosesWith1009(Binding binding) throws Exception {
    WsTestClient client = openSession(server, binding);
    client.sendAndForget(" ".repeat(ServerConfig.DEFAULT_LIMITS.maxFrameBytes() + 1));
    assertFatal(client, "frame-too-large", null, 1009);
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aBinaryMessageClosesWith1003(Binding binding) throws Exception {
    WsTestClient client = openSession(server, binding);
    client.sendBinary(new byte[] {0, 1, 2});
    assertFatal(client, "binary-frame", null, 1003);
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aFirstFrameOtherThanHelloClosesWith4400(Binding binding) throws Exception {
    WsTestClient client = connect(server, binding);
    client.send(client.encode(new Ping("p1")));
    assertFatal(client, "hello-required", "p1", 4400);
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void helloWithoutACommonVersionClosesWith4406(Binding binding) throws Exception {
    WsTestClient client = connect(server, binding);
    client.send(client.encode(new Hello("h9", List.of("9.9"))));
    assertFatal(client, "version-not-supported", "h9", 4406);
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void noHelloInTimeClosesWith4408(Binding binding) throws Exception {
    try (MplpServer quick =
        MplpServer.start(
            config(
                new Limits(
                    131_072, 100, 1, 16, 16, 5, 60, 16_384, 10_000, 8L << 30, 1_000, 16, 600,
                    86_400, 32L << 30, 20, 100, 256, 10, 15, 604_800, 32L << 30),
                "quick-" + binding))) {
      long start = System.nanoTime();
      WsTestClient client = connect(quick, binding);
      assertFatal(client, "hello-timeout", null, 4408);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(900));
    }
  }

  @Test
  void oneMisbehavingConnectionDoesNotDisturbAnother() throws Exception {
    // Many frames before login: the limit of frames before login is raised above the flood.
    try (MplpServer shared =
        MplpServer.start(
            config(
                new Limits(
                    131_072, 20, 5, 16, 1000, 5, 60, 16_384, 10_000, 8L << 30, 1_000, 16, 600,
                    86_400, 32L << 30, 20, 100, 256, 10, 15, 604_800, 32L << 30),
                "shared"))) {
      WsTestClient good = openSession(shared, Binding.JSON);
      WsTestClient bad = openSession(shared, Binding.XML);

      // Encoded first, then sent back to back: 60 frames outrun 20 a second even on a busy machine.
      int flood = 60;
      List<String> pings = new ArrayList<>();
      for (int i = 0; i < flood; i++) {
        pings.add(bad.encode(new Ping("f" + i)));
      }
      for (String ping : pings) {
        bad.send(ping);
      }
      int rateLimited = 0;
      for (int i = 0; i < flood; i++) {
        Frame answer = bad.next();
        if (answer instanceof ErrorFrame error) {
          assertThat(error.code()).isEqualTo("rate-limited");
          assertThat(error.replyTo()).isEqualTo("f" + i);
          rateLimited++;
        } else {
          assertThat(answer).isEqualTo(new Pong("f" + i));
        }
      }
      assertThat(rateLimited).as("frames beyond 20 a second").isPositive();
      bad.sendBinary(new byte[] {1});
      assertThat(bad.nextText()).contains("binary-frame");
      assertThat(bad.awaitClose().code()).isEqualTo(1003);

      // The good connection's own login frames may still count in its window of one second, so a
      // ping it sends may be refused for its own rate; it is then sent again. What must never
      // reach it is an answer to the flood.
      for (int i = 0; i < 5; i++) {
        assertThat(pingUntilAnswered(good, "g" + i)).isEqualTo(new Pong("g" + i));
      }
      assertThat(good.isClosed()).isFalse();
      assertThat(good.pending()).isZero();
      good.abort();
    }
  }

  private static Frame pingUntilAnswered(WsTestClient client, String id) throws Exception {
    for (int attempt = 0; ; attempt++) {
      client.send(client.encode(new Ping(id)));
      Frame answer = client.next();
      if (!(answer instanceof ErrorFrame error) || attempt == 10) {
        return answer;
      }
      assertThat(error.replyTo()).isEqualTo(id);
      assertThat(error.code()).isEqualTo("rate-limited");
      Thread.sleep(300);
    }
  }

  @Test
  void closingTheServerEndsItsConnections() throws Exception {
    MplpServer closing = MplpServer.start(config(ServerConfig.DEFAULT_LIMITS, "closing"));
    WsTestClient client = openSession(closing, Binding.JSON);
    closing.close();
    // A going-away close, not a dropped connection: the client knows to come back (REQ-OPEN-012).
    Frame frame = client.next();
    assertThat(frame).isInstanceOf(ErrorFrame.class);
    assertThat(((ErrorFrame) frame).code()).isEqualTo("shutting-down");
    assertThat(client.awaitClose()).isEqualTo(new WsTestClient.Close(1001, "shutting-down"));
    Throwable refused =
        catchThrowable(() -> WsTestClient.connect(closing.controlUri(), "mplp.1.json"));
    assertThat(refused).isNotNull();
  }
}
