package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.binding.FrameDecodeException;
import org.mplp.spec.model.Frame;

/** A WebSocket client over the JDK's java.net.http, collecting what the server sends. */
final class WsTestClient implements WebSocket.Listener {

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Close(int code, String reason) {}

  private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
  private final CompletableFuture<Close> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private volatile boolean paused;
  private WebSocket webSocket;
  private FrameCodec codec;

  static WsTestClient connect(URI uri, String firstSubprotocol, String... moreSubprotocols)
      throws Exception {
    return connect(HTTP, uri, firstSubprotocol, moreSubprotocols);
  }

  /** Connects with a given client, one that trusts a test certificate for wss:// say. */
  static WsTestClient connect(
      HttpClient http, URI uri, String firstSubprotocol, String... moreSubprotocols)
      throws Exception {
    WsTestClient client = new WsTestClient();
    client.webSocket =
        http.newWebSocketBuilder()
            .subprotocols(firstSubprotocol, moreSubprotocols)
            .buildAsync(uri, client)
            .get(10, TimeUnit.SECONDS);
    return client;
  }

  /** Decodes what the server sends with the codec of the binding it chose. */
  WsTestClient decodingWith(FrameCodec frameCodec) {
    this.codec = frameCodec;
    return this;
  }

  /** A frame in the connection's binding. */
  String encode(Frame frame) {
    return codec.encode(frame);
  }

  String subprotocol() {
    return webSocket.getSubprotocol();
  }

  void send(String text) throws Exception {
    webSocket.sendText(text, true).get(10, TimeUnit.SECONDS);
  }

  /** Sends without waiting: the server may close before the whole message is out. */
  void sendAndForget(String text) {
    webSocket.sendText(text, true);
  }

  void sendBinary(byte[] bytes) throws Exception {
    webSocket.sendBinary(ByteBuffer.wrap(bytes), true).get(10, TimeUnit.SECONDS);
  }

  /** The next whole text message from the server. */
  String nextText() throws InterruptedException {
    String text = messages.poll(10, TimeUnit.SECONDS);
    assertThat(text).as("a message from the server within 10 s").isNotNull();
    return text;
  }

  /** The next message, decoded: whatever the server sends must be a valid frame. */
  Frame next() throws InterruptedException {
    String text = nextText();
    try {
      return codec.decode(text);
    } catch (FrameDecodeException e) {
      throw new AssertionError("the server sent an invalid frame: " + text, e);
    }
  }

  /** The next message, decoded, or null when none comes within the time given. */
  Frame poll(long millis) throws InterruptedException {
    String text = messages.poll(millis, TimeUnit.MILLISECONDS);
    try {
      return text == null ? null : codec.decode(text);
    } catch (FrameDecodeException e) {
      throw new AssertionError("the server sent an invalid frame: " + text, e);
    }
  }

  /** Messages that arrived and were not taken yet. */
  int pending() {
    return messages.size();
  }

  Close awaitClose() throws Exception {
    return closed.get(10, TimeUnit.SECONDS);
  }

  boolean isClosed() {
    return closed.isDone();
  }

  void abort() {
    webSocket.abort();
  }

  /** Stops reading: what the server sends stays in the socket buffers, a slow reader. */
  void pause() {
    paused = true;
  }

  /** Reads again after {@link #pause()}. */
  void resume() {
    paused = false;
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      messages.add(partial.toString());
      partial.setLength(0);
    }
    if (!paused) {
      ws.request(1);
    }
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
    closed.complete(new Close(statusCode, reason));
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    closed.completeExceptionally(error);
  }
}
