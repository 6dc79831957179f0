package org.mplp.client.wire;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.binding.FrameDecodeException;
import org.mplp.spec.model.Frame;

/**
 * One control channel: a WebSocket whose subprotocol selects the binding, one frame per text
 * message each way (spec: Transport). Writes go out one at a time on a writer thread of their own,
 * paced below the server's rate limit once the welcome told it, and never longer than its frame
 * limit.
 */
public final class WireConnection {
  private final WebSocket socket;
  private final FrameCodec codec;
  private final ExecutorService writer;
  private volatile int maxFrameBytes = Integer.MAX_VALUE;
  private volatile OutgoingPacer pacer;

  private WireConnection(WebSocket socket, FrameCodec codec, ExecutorService writer) {
    this.socket = socket;
    this.codec = codec;
    this.writer = writer;
  }

  /**
   * Opens the WebSocket at {@code uri} offering the binding's subprotocol.
   *
   * @throws UnreachableException when no connection could be made, with what went wrong in words
   */
  public static WireConnection open(
      HttpClient http, URI uri, Binding binding, ConnectionListener listener, Duration timeout)
      throws UnreachableException {
    FrameCodec codec = FrameCodec.forBinding(binding);
    CompletableFuture<WebSocket> opening =
        http.newWebSocketBuilder()
            .subprotocols(binding.subprotocol())
            .connectTimeout(timeout)
            .buildAsync(uri, new Reader(codec, listener));
    WebSocket socket;
    try {
      socket = opening.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new UnreachableException(describe(uri, binding, e.getCause()), e.getCause());
    } catch (TimeoutException e) {
      opening.cancel(true);
      throw new UnreachableException(
          uri + " did not answer within " + timeout.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnreachableException("interrupted while connecting to " + uri, e);
    }
    ExecutorService writer =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "mplp-client-writer");
              t.setDaemon(true);
              return t;
            });
    return new WireConnection(socket, codec, writer);
  }

  private static String describe(URI uri, Binding binding, Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      if (root instanceof SSLException || root instanceof ConnectException) {
        break;
      }
      root = root.getCause();
    }
    if (cause instanceof WebSocketHandshakeException handshake) {
      int status = handshake.getResponse().statusCode();
      return uri
          + " refused the WebSocket upgrade with HTTP "
          + status
          + (status == 400 ? " (it does not speak " + binding.subprotocol() + ")" : "")
          + (status == 404 ? " (no MPLP control channel at this path)" : "");
    }
    if (root instanceof ConnectException || cause instanceof ConnectException) {
      return "cannot connect to " + uri + ": connection refused (is the server running?)";
    }
    if (root instanceof SSLException || cause instanceof SSLException) {
      return "TLS with "
          + uri
          + " failed: "
          + root.getMessage()
          + " (for a self-signed server certificate pass it with --cacert)";
    }
    if (cause instanceof HttpTimeoutException) {
      return uri + " did not answer in time";
    }
    return "cannot connect to " + uri + ": " + cause;
  }

  /** The limits of the welcome frame: frames longer than this are refused before they are sent. */
  public void applyLimits(int maxFrameBytes, int maxFramesPerSecond) {
    this.maxFrameBytes = maxFrameBytes;
    this.pacer = new OutgoingPacer(maxFramesPerSecond);
  }

  public Binding binding() {
    return codec.binding();
  }

  /** Encodes and checks the frame here, then writes it in turn; the future ends when it is out. */
  public CompletableFuture<Void> send(Frame frame) {
    String text = codec.encode(frame);
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxFrameBytes) {
      return CompletableFuture.failedFuture(
          new FrameTooLargeException(frame.type(), bytes, maxFrameBytes));
    }
    return CompletableFuture.runAsync(() -> write(text), writer);
  }

  private void write(String text) {
    OutgoingPacer current = pacer;
    if (current != null) {
      long waitNanos = current.reserve(System.nanoTime());
      if (waitNanos > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(waitNanos);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("closed while waiting to send", e);
        }
      }
    }
    socket.sendText(text, true).join();
  }

  /** Closes normally (1000) once earlier writes are out; completes when the close is sent. */
  public CompletableFuture<Void> close() {
    return close(WebSocket.NORMAL_CLOSURE, "");
  }

  /** Closes with a code and reason once earlier writes are out (spec: REQ-LOGIN-103). */
  public CompletableFuture<Void> close(int code, String reason) {
    CompletableFuture<Void> sent =
        CompletableFuture.runAsync(
                () -> {
                  if (!socket.isOutputClosed()) {
                    socket.sendClose(code, reason).join();
                  }
                },
                writer)
            .exceptionally(e -> null);
    writer.shutdown();
    return sent;
  }

  /** Drops the connection at once, as a lost network would. */
  public void abort() {
    socket.abort();
    writer.shutdownNow();
  }

  /** Collects the parts of each text message, then decodes it as one frame. */
  private static final class Reader implements WebSocket.Listener {
    private final FrameCodec codec;
    private final ConnectionListener listener;
    private final StringBuilder text = new StringBuilder();
    private boolean closed;

    Reader(FrameCodec codec, ConnectionListener listener) {
      this.codec = codec;
      this.listener = listener;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String whole = text.toString();
        text.setLength(0);
        try {
          listener.onFrame(codec.decode(whole));
        } catch (FrameDecodeException e) {
          listener.onBadFrame(e.errorCode().code() + ": " + e.getMessage());
        }
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket socket, java.nio.ByteBuffer data, boolean last) {
      listener.onBadFrame("the server sent a binary WebSocket message; frames are text");
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
      report(statusCode, reason);
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      report(-1, String.valueOf(error.getMessage()));
    }

    private synchronized void report(int code, String reason) {
      if (!closed) {
        closed = true;
        listener.onClosed(code, reason);
      }
    }
  }
}
