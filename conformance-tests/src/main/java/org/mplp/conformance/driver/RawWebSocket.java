package org.mplp.conformance.driver;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A WebSocket client on a socket of its own (RFC 6455, version 13), for what the JDK's client
 * cannot do: stop reading from its socket while it goes on writing, with small socket buffers, so
 * that the server meets a reader that has stopped (spec: Limits REQ-LIMIT-004, Messages
 * REQ-MSG-017). Frames it reads are read and validated as {@link Connection}'s are.
 */
public final class RawWebSocket implements Inbox.Source, AutoCloseable {
  /** The socket buffers it asks for: small, so that the kernel holds little for it. */
  public static final int SOCKET_BUFFER = 16 * 1024;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TEXT = 0x1;
  private static final int CLOSE = 0x8;
  private static final int PING = 0x9;

  private final String name;
  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;
  private final FrameReader reader;
  private final Transcript transcript;
  private final Pacer pacer;
  private final BlockingQueue<WireEvent> events = new LinkedBlockingQueue<>();
  private final AtomicLong bytesWritten = new AtomicLong();
  private final Object pause = new Object();
  private final ReentrantLock writing = new ReentrantLock();
  private volatile boolean reading = true;
  private volatile boolean quiet;
  private volatile boolean closed;
  private WireEvent terminal;

  private RawWebSocket(
      String name,
      Socket socket,
      InputStream in,
      Binding binding,
      Transcript transcript,
      int framesPerSecond)
      throws IOException {
    this.name = name;
    this.pacer = framesPerSecond > 0 ? Pacer.forRate(framesPerSecond) : Pacer.unpaced();
    this.socket = socket;
    this.in = new DataInputStream(in);
    this.out = socket.getOutputStream();
    this.reader = FrameReader.forBinding(binding);
    this.transcript = transcript;
  }

  /**
   * Connects to {@code uri} (ws or wss) and upgrades offering the binding's subprotocol; {@link
   * #send} keeps to {@code framesPerSecond} (0: unpaced).
   */
  public static RawWebSocket open(
      String name,
      URI uri,
      Binding binding,
      Transcript transcript,
      Duration timeout,
      int framesPerSecond) {
    transcript.note(name, "upgrade at " + uri + " on a socket whose buffers are small");
    boolean tls = "wss".equalsIgnoreCase(uri.getScheme());
    int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
    Socket socket = new Socket();
    try {
      socket.setReceiveBufferSize(SOCKET_BUFFER);
      socket.setSendBufferSize(SOCKET_BUFFER);
      socket.connect(new InetSocketAddress(uri.getHost(), port), (int) timeout.toMillis());
      if (tls) {
        socket =
            Http.client()
                .sslContext()
                .getSocketFactory()
                .createSocket(socket, uri.getHost(), port, true);
      }
      socket.setSoTimeout((int) timeout.toMillis());
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      byte[] key = new byte[16];
      RANDOM.nextBytes(key);
      String request =
          "GET "
              + path
              + " HTTP/1.1\r\nHost: "
              + uri.getRawAuthority()
              + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
              + Base64.getEncoder().encodeToString(key)
              + "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: "
              + binding.subprotocol()
              + "\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      InputStream in = new BufferedInputStream(socket.getInputStream(), 4096);
      String status = statusLine(in);
      if (!status.matches("HTTP/1\\.1 101\\b.*")) {
        socket.close();
        throw new DriverException("The upgrade at " + uri + " was answered " + status);
      }
      socket.setSoTimeout(0);
      RawWebSocket ws = new RawWebSocket(name, socket, in, binding, transcript, framesPerSecond);
      transcript.note(name, "the upgrade was accepted");
      Thread thread = new Thread(ws::readFrames, "raw-websocket-" + name);
      thread.setDaemon(true);
      thread.start();
      return ws;
    } catch (IOException e) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // going anyway
      }
      throw new DriverException("The target at " + uri + " cannot be reached: " + e, e);
    }
  }

  /** Reads the head of the answer and returns its status line. */
  private static String statusLine(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4 && head.size() < 16_384) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the connection ended before the upgrade was answered");
      }
      head.write(b);
      matched =
          (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
    }
    return head.toString(StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
  }

  public String name() {
    return name;
  }

  /** Writes one text message at the pace, masked; blocks while the socket takes no more. */
  public void send(String text) throws IOException {
    pacer.acquire();
    sendAtOnce(text);
  }

  /** Waits until the server's frame-rate bucket for this connection is full again. */
  public void awaitFullPace() {
    pacer.awaitFull();
  }

  /** Writes one text message now, whatever the pace: for a flood a scenario makes on purpose. */
  public void sendAtOnce(String text) throws IOException {
    if (!quiet) {
      transcript.sent(name, text);
    }
    write(TEXT, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The bytes written to the socket so far, frame headers included. */
  public long bytesWritten() {
    return bytesWritten.get();
  }

  /** From now on frames are counted, not written into the transcript one by one. */
  public void quiet() {
    quiet = true;
  }

  /** Stops reading from the socket after the frame being read: the kernel's buffer fills. */
  public void stopReading() {
    transcript.note(name, "(the kit stops reading from this connection)");
    reading = false;
  }

  public void resumeReading() {
    transcript.note(name, "(the kit reads from this connection again)");
    synchronized (pause) {
      reading = true;
      pause.notifyAll();
    }
  }

  @Override
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

  @Override
  public void close() {
    closed = true;
    synchronized (pause) {
      pause.notifyAll();
    }
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing more to do
    }
  }

  private void write(int opcode, byte[] payload) throws IOException {
    writing.lock();
    try {
      writeFrame(opcode, payload);
    } finally {
      writing.unlock();
    }
  }

  /**
   * A pong for the server's ping, unless a send is under way: one that waits for room in the socket
   * must not stop the reader, which is what makes room.
   */
  private void pong(byte[] payload) throws IOException {
    if (writing.tryLock()) {
      try {
        writeFrame(0xA, payload);
      } finally {
        writing.unlock();
      }
    }
  }

  private void writeFrame(int opcode, byte[] payload) throws IOException {
    byte[] mask = new byte[4];
    RANDOM.nextBytes(mask);
    ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
    frame.write(0x80 | opcode);
    if (payload.length < 126) {
      frame.write(0x80 | payload.length);
    } else if (payload.length < 65_536) {
      frame.write(0x80 | 126);
      frame.write(payload.length >>> 8);
      frame.write(payload.length & 0xff);
    } else {
      frame.write(0x80 | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) ((long) payload.length >>> shift) & 0xff);
      }
    }
    frame.write(mask);
    for (int i = 0; i < payload.length; i++) {
      frame.write(payload[i] ^ mask[i & 3]);
    }
    out.write(frame.toByteArray());
    out.flush();
    bytesWritten.addAndGet(frame.size());
  }

  /** The reader thread: one whole message at a time, and nothing while reading is stopped. */
  private void readFrames() {
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    try {
      while (!closed) {
        synchronized (pause) {
          while (!reading && !closed) {
            pause.wait();
          }
        }
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7f;
        if (length == 126) {
          length = in.readUnsignedShort();
        } else if (length == 127) {
          length = in.readLong();
        }
        if ((second & 0x80) != 0 || length > Integer.MAX_VALUE - 8) {
          events.add(new WireEvent.Dropped("a server frame that is masked or too long"));
          return;
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        int opcode = first & 0x0f;
        if (opcode == CLOSE) {
          closeFrame(payload);
          return;
        } else if (opcode == PING) {
          pong(payload);
        } else if (opcode == TEXT || opcode == 0x0) {
          message.write(payload);
          if ((first & 0x80) != 0) {
            text(message.toString(StandardCharsets.UTF_8));
            message.reset();
          }
        } else if (opcode == 0x2) {
          events.add(new WireEvent.Binary(payload.length));
        }
      }
    } catch (IOException e) {
      if (!closed) {
        transcript.note(name, "connection ended: " + e);
        events.add(new WireEvent.Dropped(String.valueOf(e)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void text(String text) {
    ReceivedFrame frame = reader.read(text);
    if (!quiet) {
      transcript.received(name, text);
    }
    frame.violations().forEach(v -> transcript.note(name, "!! " + v));
    events.add(new WireEvent.Frame(frame));
  }

  private void closeFrame(byte[] payload) {
    int code = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
    String reason =
        payload.length > 2
            ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8)
            : "";
    transcript.note(name, "<- close " + code + " " + reason);
    events.add(new WireEvent.Closed(code, reason));
  }
}
