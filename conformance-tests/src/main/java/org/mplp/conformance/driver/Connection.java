package org.mplp.conformance.driver;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One WebSocket connection of the kit (the JDK's client). Every text message received is read and
 * validated in the connection's binding and queued as an event; sends wait for completion and a
 * failed send is noted, not thrown, because the server closing first is for the steps to judge.
 */
public final class Connection implements AutoCloseable {
  private final String name;
  private final FrameReader reader;
  private final Transcript transcript;
  private final Duration timeout;
  private final Pacer pacer;
  private final BlockingQueue<WireEvent> events = new LinkedBlockingQueue<>();
  private final List<ReceivedFrame> received = new CopyOnWriteArrayList<>();
  private volatile WireEvent terminal;
  private volatile boolean silent;
  private volatile WebSocket socket;
  private volatile long openedNanos;

  private Connection(
      String name, Binding binding, Transcript transcript, Duration timeout, Pacer pacer) {
    this.name = name;
    this.reader = FrameReader.forBinding(binding);
    this.transcript = transcript;
    this.timeout = timeout;
    this.pacer = pacer;
  }

  /**
   * Upgrades at {@code uri} offering {@code offer} (possibly none) and reports the outcome; the
   * connection sends at most {@code framesPerSecond} frames a second (0: unpaced).
   */
  public static Upgrade open(
      String name,
      URI uri,
      List<String> offer,
      Binding binding,
      Transcript transcript,
      Duration timeout,
      int framesPerSecond) {
    Pacer pacer = framesPerSecond > 0 ? Pacer.forRate(framesPerSecond) : Pacer.unpaced();
    Connection c = new Connection(name, binding, transcript, timeout, pacer);
    WebSocket.Builder builder = Http.client().newWebSocketBuilder().connectTimeout(timeout);
    if (!offer.isEmpty()) {
      builder.subprotocols(offer.get(0), offer.subList(1, offer.size()).toArray(String[]::new));
    }
    transcript.note(name, "upgrade at " + uri + " offering " + offer);
    try {
      c.socket =
          builder.buildAsync(uri, c.new Listener()).get(wait(timeout), TimeUnit.MILLISECONDS);
      c.openedNanos = System.nanoTime();
      Upgrade upgrade = new Upgrade(offer, c, 0, null);
      transcript.note(name, upgrade.describe());
      return upgrade;
    } catch (ExecutionException e) {
      return refused(name, offer, e.getCause(), uri, transcript);
    } catch (TimeoutException e) {
      Upgrade upgrade = new Upgrade(offer, null, -1, "no answer within " + wait(timeout) + " ms");
      transcript.note(name, upgrade.describe());
      return upgrade;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriverException("interrupted while upgrading", e);
    }
  }

  private static Upgrade refused(
      String name, List<String> offer, Throwable cause, URI uri, Transcript transcript) {
    if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
      transcript.note(name, "no TCP connection: " + cause);
      throw new DriverException("The target at " + uri + " cannot be reached: " + cause, cause);
    }
    Upgrade upgrade =
        cause instanceof WebSocketHandshakeException h
            ? new Upgrade(offer, null, h.getResponse().statusCode(), "refused")
            : new Upgrade(offer, null, -1, String.valueOf(cause));
    transcript.note(name, upgrade.describe());
    return upgrade;
  }

  public String name() {
    return name;
  }

  /** The subprotocol the server named in its upgrade response ("" when it named none). */
  public String subprotocol() {
    return socket.getSubprotocol();
  }

  /**
   * Sends one text message once the connection's pace allows (spec: Limits); false when the
   * connection no longer takes it.
   */
  public boolean send(String text) {
    pacer.acquire();
    transcript.sent(name, text);
    return settle(() -> socket.sendText(text, true));
  }

  /**
   * As {@link #send}, with {@code summary} in the transcript in place of the text: for the many
   * large frames of a bulk send, which would bury everything else.
   */
  public boolean sendQuietly(String text, String summary) {
    pacer.acquire();
    transcript.sent(name, summary);
    return settle(() -> socket.sendText(text, true));
  }

  /** Sends one text message at once, whatever the pace: for bursts a scenario makes on purpose. */
  public boolean sendAtOnce(String text) {
    pacer.spend();
    transcript.sent(name, text);
    return settle(() -> socket.sendText(text, true));
  }

  /** Waits until the server's frame-rate bucket for this connection is full again. */
  public void awaitFullPace() {
    pacer.awaitFull();
    transcript.note(name, "waits until a burst of maxFramesPerSecond frames is allowed again");
  }

  public boolean sendBinary(byte[] bytes) {
    transcript.note(name, "-> binary message of " + bytes.length + " bytes");
    return settle(() -> socket.sendBinary(ByteBuffer.wrap(bytes), true));
  }

  /** The next event, waiting at most {@code wait}; after a close, always that close. */
  public WireEvent next(Duration wait) {
    if (terminal != null) {
      return terminal;
    }
    try {
      WireEvent event = events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
      if (event == null) {
        return new WireEvent.Nothing(wait.toMillis());
      }
      if (event.terminal()) {
        terminal = event;
      }
      return event;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriverException("interrupted while waiting for the server", e);
    }
  }

  /** The run's per-wait timeout. */
  public Duration timeout() {
    return timeout;
  }

  /** Every frame received so far, including those no step has looked at. */
  public List<ReceivedFrame> received() {
    return List.copyOf(received);
  }

  /**
   * Waits until at least {@code count} text messages have arrived that are not frames sent unasked
   * (answers, errors, messages that are no valid frame); false on timeout.
   */
  public boolean awaitAnswers(int count, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (received) {
      while (answers() < count && terminal == null) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || closedBeforeCount()) {
          return answers() >= count;
        }
        try {
          received.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DriverException("interrupted while waiting for the server", e);
        }
      }
      return answers() >= count;
    }
  }

  private long answers() {
    return received.stream().filter(f -> !f.valid() || !Inbox.isUnasked(f)).count();
  }

  private boolean closedBeforeCount() {
    return events.stream().anyMatch(WireEvent::terminal);
  }

  public long millisSinceUpgrade() {
    return (System.nanoTime() - openedNanos) / 1_000_000;
  }

  /**
   * Leaves as a client does that is done: sends a close and waits for the server's answering close
   * (or the run's timeout), then lets go. Frames that arrive meanwhile are dropped.
   */
  public void leave() {
    WebSocket ws = socket;
    if (ws == null) {
      return;
    }
    transcript.note(name, "-> close 1000 (the device goes away)");
    if (settle(() -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "leaving"))) {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!next(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()))).terminal()
          && System.nanoTime() - deadline < 0) {
        // skip what the server still sends
      }
    }
    ws.abort();
  }

  /**
   * From now on nothing the server sends reaches the kit, as on a path that died without either
   * side noticing: frames are read off the socket and dropped.
   */
  public void goSilent() {
    transcript.note(name, "(the connection goes silent: frames from the server are lost)");
    silent = true;
  }

  /** Drops the TCP connection without a WebSocket close, as a device that lost its network. */
  public void dropWithoutClose() {
    WebSocket ws = socket;
    transcript.note(name, "-> connection dropped without a close");
    if (ws != null) {
      ws.abort();
    }
  }

  /** Ends the connection politely, then for sure; never fails. */
  @Override
  public void close() {
    WebSocket ws = socket;
    if (ws == null) {
      return;
    }
    try {
      if (!ws.isOutputClosed()) {
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "scenario done").get(200, TimeUnit.MILLISECONDS);
      }
    } catch (Exception e) {
      // the server may already be gone; abort below either way
    }
    ws.abort();
  }

  private boolean settle(java.util.function.Supplier<CompletionStage<WebSocket>> send) {
    try {
      send.get().toCompletableFuture().get(wait(timeout), TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriverException("interrupted while sending", e);
    } catch (ExecutionException | TimeoutException | IllegalStateException e) {
      Throwable why = e instanceof ExecutionException ? e.getCause() : e;
      transcript.note(name, "send did not complete: " + why);
      return false;
    }
  }

  private static long wait(Duration timeout) {
    return timeout.toMillis();
  }

  /** Turns the JDK's callbacks into events; messages may arrive in parts. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();
    private int binaryLength;

    @Override
    public void onOpen(WebSocket webSocket) {
      webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        if (silent) {
          transcript.note(name, "(lost) " + Texts.abbreviate(message, 80));
          return null;
        }
        transcript.received(name, message);
        ReceivedFrame frame = reader.read(message);
        synchronized (received) {
          received.add(frame);
          received.notifyAll();
        }
        frame.violations().forEach(v -> transcript.note(name, "!! " + v));
        events.add(new WireEvent.Frame(frame));
      }
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      binaryLength += data.remaining();
      if (last) {
        transcript.note(name, "<- binary message of " + binaryLength + " bytes");
        events.add(new WireEvent.Binary(binaryLength));
        binaryLength = 0;
      }
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      transcript.note(name, "<- close " + statusCode + " " + reason);
      events.add(new WireEvent.Closed(statusCode, reason));
      wakeWaiters();
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      transcript.note(name, "connection ended: " + error);
      events.add(new WireEvent.Dropped(String.valueOf(error)));
      wakeWaiters();
    }

    private void wakeWaiters() {
      synchronized (received) {
        received.notifyAll();
      }
    }
  }
}
