package org.mplp.server.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mplp.server.ServerConfig;
import org.mplp.server.ServerDescription;
import org.mplp.server.TestServices;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.binding.FrameDecodeException;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Limits;
import org.mplp.spec.model.Pong;
import org.mplp.spec.model.Welcome;

/** Fixed frames in both bindings through the control channel's handler, one error path each. */
class ControlChannelHandlerTest {

  /** Small frames and a low rate keep the limit tests short. */
  private static final Limits LIMITS =
      new Limits(
          8192, 5, 5, 16, 16, 5, 60, 1024, 10_000, 8L << 30, 1_000, 16, 600, 86_400, 32L << 30, 20,
          100, 256, 10, 15, 604_800, 32L << 30);

  @TempDir Path temp;
  private final AtomicLong nanoClock = new AtomicLong();
  private TestServices services;
  private EmbeddedChannel channel;
  private FrameCodec codec;
  private WireSamples wire;

  private void open(Binding binding) {
    codec = FrameCodec.forBinding(binding);
    wire = WireSamples.of(binding);
    ServerDescription description =
        ServerDescription.of(ServerConfig.defaults().withLimits(LIMITS));
    services = TestServices.callerRuns(temp, LIMITS);
    channel = new EmbeddedChannel();
    channel.freezeTime();
    channel
        .pipeline()
        .addLast(
            new WebSocketFrameAggregator(LIMITS.maxFrameBytes()),
            new ControlChannelHandler(binding, description, services.services(), nanoClock::get));
  }

  @AfterEach
  void finish() throws Exception {
    if (channel != null) {
      channel.finishAndReleaseAll();
    }
    if (services != null) {
      services.close();
    }
  }

  private void send(String text) {
    channel.writeInbound(new TextWebSocketFrame(text));
  }

  private Frame receive() {
    Object message = channel.readOutbound();
    assertThat(message).as("the server's answer").isInstanceOf(TextWebSocketFrame.class);
    TextWebSocketFrame text = (TextWebSocketFrame) message;
    try {
      return codec.decode(text.text());
    } catch (FrameDecodeException e) {
      throw new AssertionError("the server sent an invalid frame: " + text.text(), e);
    } finally {
      text.release();
    }
  }

  private ErrorFrame receiveError(String code, boolean fatal, String replyTo) {
    Frame frame = receive();
    assertThat(frame).isInstanceOf(ErrorFrame.class);
    ErrorFrame error = (ErrorFrame) frame;
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.fatal()).as("fatal").isEqualTo(fatal);
    assertThat(error.replyTo()).as("replyTo").isEqualTo(replyTo);
    return error;
  }

  private void assertCloseFrame(int statusCode, String reason) {
    Object message = channel.readOutbound();
    assertThat(message).isInstanceOf(CloseWebSocketFrame.class);
    CloseWebSocketFrame close = (CloseWebSocketFrame) message;
    try {
      assertThat(close.statusCode()).isEqualTo(statusCode);
      assertThat(close.reasonText()).isEqualTo(reason);
    } finally {
      close.release();
    }
  }

  private void assertNothingMoreSent() {
    Object next = channel.readOutbound();
    assertThat(next).as("further output").isNull();
  }

  private void openExchange() {
    send(wire.hello());
    assertThat(receive()).isInstanceOf(Welcome.class);
  }

  /** The connection survived: a ping still gets its pong. */
  private void assertStillServes() {
    assertThat(channel.isOpen()).isTrue();
    nanoClock.addAndGet(TimeUnit.SECONDS.toNanos(1));
    send(wire.ping());
    assertThat(receive()).isEqualTo(new Pong("c2"));
    assertNothingMoreSent();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void helloIsAnsweredWithWelcome(Binding binding) {
    open(binding);
    send(wire.hello());
    Frame frame = receive();
    assertThat(frame).isInstanceOf(Welcome.class);
    Welcome welcome = (Welcome) frame;
    assertThat(welcome.replyTo()).isEqualTo("c1");
    assertThat(welcome.version()).isEqualTo("1.0");
    assertThat(welcome.limits()).isEqualTo(LIMITS);
    assertThat(welcome.profiles()).isEmpty();
    assertThat(welcome.server().name()).isEqualTo(ServerDescription.SERVER_NAME);
    assertNothingMoreSent();
    assertStillServes();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void theFirstSpokenVersionOfTheClientsListIsChosen(Binding binding) {
    open(binding);
    send(wire.helloPreferring99());
    assertThat(((Welcome) receive()).version()).isEqualTo("1.0");
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void helloWithoutASpokenVersionFailsWith4406(Binding binding) {
    open(binding);
    send(wire.helloOnly99());
    receiveError("version-not-supported", true, "c1");
    assertCloseFrame(4406, "version-not-supported");
    assertNothingMoreSent();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void pingBeforeHelloFailsWith4400(Binding binding) {
    open(binding);
    send(wire.ping());
    receiveError("hello-required", true, "c2");
    assertCloseFrame(4400, "hello-required");
    assertNothingMoreSent();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void malformedTextBeforeHelloFailsWith4400(Binding binding) {
    open(binding);
    send(wire.malformed());
    receiveError("hello-required", true, null);
    assertCloseFrame(4400, "hello-required");
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void unknownTypeBeforeHelloFailsWith4400(Binding binding) {
    open(binding);
    send(wire.unknownType());
    ErrorFrame error = receive() instanceof ErrorFrame e ? e : null;
    assertThat(error).isNotNull();
    assertThat(error.code()).isEqualTo("hello-required");
    assertThat(error.fatal()).isTrue();
    assertCloseFrame(4400, "hello-required");
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void secondHelloIsAnUnexpectedFrameAndTheConnectionStays(Binding binding) {
    open(binding);
    openExchange();
    send(wire.hello());
    receiveError("unexpected-frame", false, "c1");
    assertNothingMoreSent();
    assertStillServes();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aServerFrameFromTheClientIsAnUnexpectedFrame(Binding binding) {
    open(binding);
    openExchange();
    send(wire.welcome());
    receiveError("unexpected-frame", false, null);
    assertNothingMoreSent();
    assertStillServes();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void malformedTextAfterHelloIsRefusedAndTheConnectionStays(Binding binding) {
    open(binding);
    openExchange();
    send(wire.malformed());
    assertThat(receive())
        .isInstanceOf(ErrorFrame.class)
        .extracting("code", "fatal")
        .containsExactly("malformed-frame", false);
    assertNothingMoreSent();
    assertStillServes();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void unknownTypeAfterHelloIsRefusedWithItsId(Binding binding) {
    open(binding);
    openExchange();
    send(wire.unknownType());
    receiveError("unknown-type", false, "c3");
    assertNothingMoreSent();
    assertStillServes();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aSchemaViolationNamesTheFrameAndWhere(Binding binding) {
    open(binding);
    openExchange();
    FrameDecodeException expected =
        catchThrowableOfType(
            FrameDecodeException.class, () -> codec.decode(wire.schemaViolation()));
    send(wire.schemaViolation());
    ErrorFrame error = receiveError("schema-violation", false, "c4");
    assertThat(error.location()).isNotBlank().isEqualTo(expected.location());
    assertNothingMoreSent();
    assertStillServes();
  }

  @Test
  void anXmlFrameWithADoctypeIsMalformed() {
    open(Binding.XML);
    openExchange();
    send(
        "<?xml version=\"1.0\"?><!DOCTYPE ping [<!ENTITY e \"c9\">]>"
            + "<ping xmlns=\"urn:mplp:1\" id=\"c5\"/>");
    assertThat(receive())
        .isInstanceOf(ErrorFrame.class)
        .extracting("code", "fatal")
        .containsExactly("malformed-frame", false);
    assertStillServes();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void pingIsAnsweredWithPong(Binding binding) {
    open(binding);
    openExchange();
    send(wire.ping().replace("c2", "p-1"));
    assertThat(receive()).isEqualTo(new Pong("p-1"));
    assertNothingMoreSent();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void framesBeyondTheRateAreRefusedOneErrorEachUntilTokensReturn(Binding binding) {
    open(binding);
    openExchange(); // the first of five tokens
    for (int i = 1; i <= 4; i++) {
      send(wire.ping().replace("c2", "ok" + i));
      assertThat(receive()).isEqualTo(new Pong("ok" + i));
    }
    for (int i = 1; i <= 3; i++) {
      send(wire.ping().replace("c2", "over" + i));
      receiveError("rate-limited", false, "over" + i);
    }
    assertNothingMoreSent();
    nanoClock.addAndGet(TimeUnit.MILLISECONDS.toNanos(200)); // one token back at 5 a second
    send(wire.ping().replace("c2", "again"));
    assertThat(receive()).isEqualTo(new Pong("again"));
    send(wire.ping().replace("c2", "over4"));
    receiveError("rate-limited", false, "over4");
    assertThat(channel.isOpen()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aBinaryMessageClosesWith1003(Binding binding) {
    open(binding);
    openExchange();
    channel.writeInbound(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(new byte[] {1, 2, 3})));
    receiveError("binary-frame", true, null);
    assertCloseFrame(1003, "binary-frame");
    assertNothingMoreSent();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void noHelloWithinTheTimeoutClosesWith4408(Binding binding) {
    open(binding);
    channel.advanceTimeBy(4, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertNothingMoreSent();
    channel.advanceTimeBy(1, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    receiveError("hello-timeout", true, null);
    assertCloseFrame(4408, "hello-timeout");
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void helloStopsTheTimeout(Binding binding) {
    open(binding);
    openExchange();
    // Past the hello timeout, short of the login timeout.
    channel.advanceTimeBy(LIMITS.loginTimeoutSeconds() - 1, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertNothingMoreSent();
    assertStillServes();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void noLoginWithinTheLoginTimeoutClosesWith4407(Binding binding) {
    open(binding);
    openExchange();
    channel.advanceTimeBy(LIMITS.loginTimeoutSeconds() - 1, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertNothingMoreSent();
    channel.advanceTimeBy(1, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    receiveError("login-timeout", true, null);
    assertCloseFrame(4407, "login-timeout");
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aMessageOfExactlyMaxFrameBytesIsAccepted(Binding binding) {
    open(binding);
    openExchange();
    String ping = wire.ping();
    String padded = ping + " ".repeat(LIMITS.maxFrameBytes() - ping.length());
    assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(LIMITS.maxFrameBytes());
    channel.writeInbound(new TextWebSocketFrame(false, 0, padded.substring(0, 2000)));
    channel.writeInbound(new ContinuationWebSocketFrame(true, 0, padded.substring(2000)));
    assertThat(receive()).isEqualTo(new Pong("c2"));
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aMessageBeyondMaxFrameBytesClosesWith1009(Binding binding) {
    open(binding);
    openExchange();
    channel.writeInbound(new TextWebSocketFrame(false, 0, " ".repeat(3000)));
    channel.writeInbound(
        new ContinuationWebSocketFrame(true, 0, " ".repeat(LIMITS.maxFrameBytes() + 1 - 3000)));
    receiveError("frame-too-large", true, null);
    assertCloseFrame(1009, "frame-too-large");
    assertNothingMoreSent();
  }

  @Test
  void theDecodersOversizeVerdictAlsoClosesWith1009() {
    open(Binding.JSON);
    channel
        .pipeline()
        .fireExceptionCaught(
            new CorruptedWebSocketFrameException(
                WebSocketCloseStatus.MESSAGE_TOO_BIG,
                "Max frame length of 4096 has been exceeded."));
    receiveError("frame-too-large", true, null);
    assertCloseFrame(1009, "frame-too-large");
  }

  @Test
  void otherWebSocketProtocolViolationsCloseWithTheirStatus() {
    open(Binding.JSON);
    channel
        .pipeline()
        .fireExceptionCaught(
            new CorruptedWebSocketFrameException(
                WebSocketCloseStatus.INVALID_PAYLOAD_DATA, "bad UTF-8"));
    assertCloseFrame(1007, "Invalid payload data");
    assertNothingMoreSent();
  }

  @Test
  void afterAFatalErrorNothingIsAnsweredAndTheClientsCloseEndsTheConnection() {
    open(Binding.JSON);
    send(wire.ping());
    receiveError("hello-required", true, "c2");
    assertCloseFrame(4400, "hello-required");
    send(wire.hello());
    send(wire.ping());
    assertNothingMoreSent();
    assertThat(channel.isOpen()).isTrue();
    channel.writeInbound(new CloseWebSocketFrame(4400, "hello-required"));
    assertThat(channel.isOpen()).isFalse();
    assertNothingMoreSent();
  }

  @Test
  void aClientThatDoesNotAnswerTheCloseIsCutOffAfterTheGracePeriod() {
    open(Binding.JSON);
    send(wire.ping());
    receiveError("hello-required", true, "c2");
    assertCloseFrame(4400, "hello-required");
    channel.advanceTimeBy(ControlChannelHandler.CLOSE_GRACE_MILLIS - 1, TimeUnit.MILLISECONDS);
    channel.runScheduledPendingTasks();
    assertThat(channel.isOpen()).isTrue();
    channel.advanceTimeBy(1, TimeUnit.MILLISECONDS);
    channel.runScheduledPendingTasks();
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void aCloseFromTheClientIsEchoedAndEndsTheConnection() {
    open(Binding.JSON);
    openExchange();
    channel.writeInbound(new CloseWebSocketFrame(1000, "bye"));
    assertCloseFrame(1000, "bye");
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void aWebSocketPingGetsAWebSocketPong() {
    open(Binding.JSON);
    channel.writeInbound(
        new PingWebSocketFrame(Unpooled.copiedBuffer("are you there", StandardCharsets.UTF_8)));
    Object message = channel.readOutbound();
    assertThat(message).isInstanceOf(PongWebSocketFrame.class);
    PongWebSocketFrame pong = (PongWebSocketFrame) message;
    try {
      assertThat(pong.content().toString(StandardCharsets.UTF_8)).isEqualTo("are you there");
    } finally {
      pong.release();
    }
  }
}
