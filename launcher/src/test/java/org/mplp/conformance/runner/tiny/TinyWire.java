package org.mplp.conformance.runner.tiny;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** One control channel of the tiny client: frames in a queue, a missing frame as an exception. */
final class TinyWire implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode ENDED = JSON.createObjectNode().put("type", "-ended");

  /** The connection ended, or the frame did not come in time. */
  static final class Lost extends Exception {
    private static final long serialVersionUID = 1L;

    Lost(String message) {
      super(message);
    }
  }

  private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
  private final StringBuilder partial = new StringBuilder();
  private final WebSocket socket;
  private int nextId = 1;

  TinyWire(URI server) throws IOException {
    try {
      socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .subprotocols("mplp.1.json")
              .buildAsync(server, new Reader())
              .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException("cannot connect to " + server + ": " + e, e);
    }
  }

  String id() {
    return "t" + nextId++;
  }

  void send(ObjectNode frame) {
    socket.sendText(frame.toString(), true).join();
  }

  /** The next frame of {@code type} answering {@code replyTo} (any when null), or its error. */
  JsonNode await(String type, String replyTo) throws Lost, InterruptedException {
    while (true) {
      JsonNode frame = frames.poll(4, TimeUnit.SECONDS);
      if (frame == null || frame == ENDED) {
        throw new Lost(frame == null ? "no " + type + " in time" : "the connection ended");
      }
      boolean answers = replyTo == null || replyTo.equals(frame.path("replyTo").asText(null));
      if (answers && (frame.path("type").asText().equals(type) || isError(frame, replyTo))) {
        return frame;
      }
    }
  }

  private static boolean isError(JsonNode frame, String replyTo) {
    return replyTo != null && frame.path("type").asText().equals("error");
  }

  void closeWith(int code, String reason) {
    socket.sendClose(code, reason).join();
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null).join();
    }
    socket.abort();
  }

  private final class Reader implements WebSocket.Listener {
    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          frames.add(JSON.readTree(partial.toString()));
        } catch (IOException e) {
          frames.add(ENDED);
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
      frames.add(ENDED);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      frames.add(ENDED);
    }
  }
}
