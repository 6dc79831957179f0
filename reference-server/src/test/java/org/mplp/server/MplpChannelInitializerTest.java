package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.http.DiscoveryDocumentJson;
import org.mplp.server.http.HttpIdleTimeout;
import org.mplp.server.transfers.data.DataChannel;
import org.mplp.server.transfers.data.UnknownTransfers;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Welcome;

/** Raw bytes through a connection's whole pipeline: HTTP routing, limits, and the upgrade. */
class MplpChannelInitializerTest {

  private static final String UPGRADE =
      "GET /mplp HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\n"
          + "Upgrade: websocket\r\n"
          + "Connection: Upgrade\r\n"
          + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          + "Sec-WebSocket-Version: 13\r\n";

  private static final ServerDescription description =
      ServerDescription.of(ServerConfig.defaults());

  @TempDir static Path temp;
  private static TestServices services;

  private final EmbeddedChannel server =
      new EmbeddedChannel(
          new MplpChannelInitializer(
              description,
              services.services(),
              null,
              DataChannel.open(temp.resolve("spool")),
              UnknownTransfers.INSTANCE,
              new io.netty.channel.group.DefaultChannelGroup(
                  io.netty.util.concurrent.GlobalEventExecutor.INSTANCE),
              org.mplp.server.ops.FrameMeter.NONE));
  private final EmbeddedChannel clientEncoder =
      new EmbeddedChannel(new WebSocket13FrameEncoder(true));
  private final EmbeddedChannel clientDecoder =
      new EmbeddedChannel(new WebSocket13FrameDecoder(false, false, 1 << 20));

  @BeforeAll
  static void openServices() {
    services = TestServices.callerRuns(temp, description.limits());
  }

  @AfterAll
  static void closeServices() throws Exception {
    services.close();
  }

  @AfterEach
  void finish() {
    server.finishAndReleaseAll();
    clientEncoder.finishAndReleaseAll();
    clientDecoder.finishAndReleaseAll();
  }

  private String exchange(String request) {
    server.writeInbound(Unpooled.copiedBuffer(request, StandardCharsets.UTF_8));
    StringBuilder response = new StringBuilder();
    for (ByteBuf buf = server.readOutbound(); buf != null; buf = server.readOutbound()) {
      response.append(buf.toString(StandardCharsets.UTF_8));
      buf.release();
    }
    return response.toString();
  }

  private static String body(String response) {
    return response.substring(response.indexOf("\r\n\r\n") + 4);
  }

  /** Sends one WebSocket frame as a client would (masked) and returns what the server sent. */
  private List<WebSocketFrame> sendFrame(WebSocketFrame frame) {
    clientEncoder.writeOutbound(frame);
    for (ByteBuf buf = clientEncoder.readOutbound();
        buf != null;
        buf = clientEncoder.readOutbound()) {
      server.writeInbound(buf);
    }
    for (ByteBuf buf = server.readOutbound(); buf != null; buf = server.readOutbound()) {
      clientDecoder.writeInbound(buf);
    }
    List<WebSocketFrame> frames = new ArrayList<>();
    for (WebSocketFrame f = clientDecoder.readInbound();
        f != null;
        f = clientDecoder.readInbound()) {
      frames.add(f);
    }
    return frames;
  }

  @Test
  void discoveryIsServedAsJson() {
    String response = exchange("GET /.well-known/mplp HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(response)
        .startsWith("HTTP/1.1 200 OK\r\n")
        .containsIgnoringCase("content-type: application/json\r\n");
    assertThat(body(response))
        .isEqualTo(new String(DiscoveryDocumentJson.render(description), StandardCharsets.UTF_8));
    assertThat(server.isOpen()).as("kept alive").isTrue();
  }

  @Test
  void headGetsTheHeadersOnly() {
    String response = exchange("HEAD /.well-known/mplp HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 200 OK\r\n");
    assertThat(body(response)).isEmpty();
  }

  @Test
  void otherPathsAre404AndTheConnectionStays() {
    assertThat(exchange("GET /elsewhere HTTP/1.1\r\nHost: x\r\n\r\n")).startsWith("HTTP/1.1 404 ");
    assertThat(server.isOpen()).isTrue();
    assertThat(exchange("GET /.well-known/mplp HTTP/1.1\r\nHost: x\r\n\r\n"))
        .startsWith("HTTP/1.1 200 ");
  }

  @Test
  void discoveryTakesGetAndHeadOnly() {
    String response =
        exchange("POST /.well-known/mplp HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 405 ").containsIgnoringCase("allow: GET, HEAD\r\n");
  }

  @Test
  void dataRequestsGoToTheDataChannelBeforeAnythingAggregatesTheirBody() throws Exception {
    assertThat(exchange("GET /transfers/t-1/0 HTTP/1.1\r\nHost: x\r\n\r\n"))
        .startsWith("HTTP/1.1 401 ");
    assertThat(server.isOpen()).as("kept alive after a refusal of a request without body").isTrue();
    // A body far larger than the aggregator takes: the data channel answers, not a 413.
    server.writeInbound(
        Unpooled.copiedBuffer(
            "PUT /transfers/t-1/0 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer"
                + " AAAAAAAAAAAAAAAAAAAAAAAA\r\nContent-Length: 1000000\r\n\r\n",
            StandardCharsets.UTF_8),
        Unpooled.wrappedBuffer(new byte[200_000]));
    for (int i = 0; i < 100 && !server.outboundMessages().iterator().hasNext(); i++) {
      server.runPendingTasks();
      Thread.sleep(10);
    }
    StringBuilder response = new StringBuilder();
    for (ByteBuf buf = server.readOutbound(); buf != null; buf = server.readOutbound()) {
      response.append(buf.toString(StandardCharsets.UTF_8));
      buf.release();
    }
    assertThat(response.toString()).startsWith("HTTP/1.1 403 ").contains("connection: close");
    // Closing now would reset the connection under a client still sending, answer and all.
    assertThat(server.isOpen()).as("open while the rest of the body is dropped").isTrue();
    server.writeInbound(Unpooled.wrappedBuffer(new byte[800_000]));
    assertThat(server.isOpen()).as("closed once the refused body has ended").isFalse();
  }

  @Test
  void theEndpointWithoutAnUpgradeAsksForOne() {
    assertThat(exchange("GET /mplp HTTP/1.1\r\nHost: x\r\n\r\n")).startsWith("HTTP/1.1 426 ");
  }

  @Test
  void anUpgradeOfferingNoSubprotocolIsRefusedWith400() {
    String response = exchange(UPGRADE + "\r\n");
    assertThat(response).startsWith("HTTP/1.1 400 ");
    assertThat(body(response)).contains("mplp.1.json, mplp.1.xml");
    assertThat(response).doesNotContainIgnoringCase("sec-websocket-accept");
    assertThat(server.isOpen()).isFalse();
  }

  @Test
  void anUpgradeOfferingOnlyForeignSubprotocolsIsRefusedWith400() {
    String response = exchange(UPGRADE + "Sec-WebSocket-Protocol: chat, mplp.2.json\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 400 ");
  }

  @Test
  void theUpgradeNamesTheClientsFirstSupportedSubprotocol() {
    String response =
        exchange(UPGRADE + "Sec-WebSocket-Protocol: chat, mplp.1.xml, mplp.1.json\r\n\r\n");
    assertThat(response)
        .startsWith("HTTP/1.1 101 Switching Protocols\r\n")
        .containsIgnoringCase("sec-websocket-protocol: mplp.1.xml\r\n");
    assertThat(server.pipeline().get("control")).isNotNull();
    assertThat(server.pipeline().get("http")).isNull();
    assertThat(server.pipeline().get("http-codec")).isNull();
    assertThat(server.pipeline().get(HttpIdleTimeout.NAME)).isNull();
  }

  @Test
  void afterTheUpgradeFramesReachTheControlChannel() throws Exception {
    exchange(UPGRADE + "Sec-WebSocket-Protocol: mplp.1.json\r\n\r\n");
    List<WebSocketFrame> answers =
        sendFrame(
            new TextWebSocketFrame("{\"type\":\"hello\",\"id\":\"h1\",\"versions\":[\"1.0\"]}"));
    assertThat(answers).hasSize(1).first().isInstanceOf(TextWebSocketFrame.class);
    String text = ((TextWebSocketFrame) answers.get(0)).text();
    answers.forEach(WebSocketFrame::release);
    assertThat(FrameCodec.forBinding(Binding.JSON).decode(text))
        .isInstanceOf(Welcome.class)
        .extracting("replyTo")
        .isEqualTo("h1");
  }

  @Test
  void aSingleWebSocketFrameBeyondMaxFrameBytesClosesWith1009() throws Exception {
    exchange(UPGRADE + "Sec-WebSocket-Protocol: mplp.1.json\r\n\r\n");
    sendFrame(new TextWebSocketFrame("{\"type\":\"hello\",\"id\":\"h1\",\"versions\":[\"1.0\"]}"))
        .forEach(WebSocketFrame::release);
    int tooLong = description.limits().maxFrameBytes() + 1;
    List<WebSocketFrame> answers = sendFrame(new TextWebSocketFrame(" ".repeat(tooLong)));
    assertThat(answers).hasSize(2);
    String error = ((TextWebSocketFrame) answers.get(0)).text();
    CloseWebSocketFrame close = (CloseWebSocketFrame) answers.get(1);
    assertThat(close.statusCode()).isEqualTo(1009);
    assertThat(close.reasonText()).isEqualTo("frame-too-large");
    answers.forEach(WebSocketFrame::release);
    assertThat(FrameCodec.forBinding(Binding.JSON).decode(error))
        .isInstanceOf(ErrorFrame.class)
        .extracting("code", "fatal")
        .containsExactly("frame-too-large", true);
  }

  @Test
  void aSilentHttpConnectionIsClosed() {
    passSeconds(MplpChannelInitializer.HTTP_IDLE_SECONDS - 1);
    assertThat(server.isOpen()).isTrue();
    passSeconds(2);
    assertThat(server.isOpen()).isFalse();
  }

  /** Lets time pass a second at a time, running what falls due as it would. */
  private void passSeconds(int seconds) {
    for (int i = 0; i < seconds; i++) {
      server.advanceTimeBy(1, TimeUnit.SECONDS);
      server.runScheduledPendingTasks();
    }
  }

  @Test
  void theHttpIdleTimeoutDoesNotApplyToTheControlChannel() {
    exchange(UPGRADE + "Sec-WebSocket-Protocol: mplp.1.json\r\n\r\n");
    sendFrame(new TextWebSocketFrame("{\"type\":\"hello\",\"id\":\"h1\",\"versions\":[\"1.0\"]}"))
        .forEach(WebSocketFrame::release);
    server.advanceTimeBy(MplpChannelInitializer.HTTP_IDLE_SECONDS * 2, TimeUnit.SECONDS);
    server.runScheduledPendingTasks();
    assertThat(server.isOpen()).isTrue();
  }

  @Test
  void anOverlongRequestLineIs414() {
    String response = exchange("GET /" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 414 ");
    assertThat(server.isOpen()).isFalse();
  }

  @Test
  void overlongHeadersAre431() {
    String response =
        exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Padding: " + "a".repeat(9000) + "\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 431 ");
    assertThat(server.isOpen()).isFalse();
  }

  @Test
  void anOverlongBodyIs413() {
    String response =
        exchange("POST /elsewhere HTTP/1.1\r\nHost: x\r\nContent-Length: 70000\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 413 ");
  }
}
