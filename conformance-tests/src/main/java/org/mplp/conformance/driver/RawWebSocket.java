package org.mplp.conformance.driver;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * A WebSocket client of its own (RFC 6455), for what the JDK's client does not let the kit choose:
 * each text message goes out as exactly one unfragmented frame, however long. Only what the limit
 * scenarios need: the upgrade, masked text frames out, text, ping and close frames in.
 */
public final class RawWebSocket implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TEXT = 0x1;
  private static final int CONTINUATION = 0x0;
  private static final int CLOSE = 0x8;
  private static final int PING = 0x9;
  private static final int PONG = 0xA;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final Transcript transcript;
  private final String who;

  private RawWebSocket(Socket socket, Transcript transcript, String who) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
    this.transcript = transcript;
    this.who = who;
  }

  /** Opens the control channel at {@code target} with the binding's subprotocol; 101 or fails. */
  public static RawWebSocket open(
      URI target, Binding binding, Duration timeout, Transcript transcript, String who) {
    boolean tls = "wss".equalsIgnoreCase(target.getScheme());
    int port = target.getPort() > 0 ? target.getPort() : tls ? 443 : 80;
    try {
      Socket socket =
          tls
              ? Http.client().sslContext().getSocketFactory().createSocket(target.getHost(), port)
              : new Socket(target.getHost(), port);
      socket.setSoTimeout((int) timeout.toMillis());
      RawWebSocket ws = new RawWebSocket(socket, transcript, who);
      ws.upgrade(target, binding);
      return ws;
    } catch (IOException e) {
      throw new DriverException("cannot open a WebSocket to " + target + ": " + e.getMessage(), e);
    }
  }

  private void upgrade(URI target, Binding binding) throws IOException {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    String path =
        target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    String request =
        "GET "
            + path
            + " HTTP/1.1\r\nHost: "
            + target.getRawAuthority()
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
            + Base64.getEncoder().encodeToString(nonce)
            + "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: "
            + binding.subprotocol()
            + "\r\n\r\n";
    transcript.sent(who, "a WebSocket upgrade of its own, subprotocol " + binding.subprotocol());
    out.write(request.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String head = readHead();
    String status = head.lines().findFirst().orElse("");
    transcript.received(who, status);
    if (!status.toLowerCase(Locale.ROOT).startsWith("http/1.1 101")) {
      throw new DriverException("the WebSocket upgrade was answered with " + status);
    }
  }

  private String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4 && head.size() < 16_384) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the connection ended during the upgrade");
      }
      head.write(b);
      matched =
          (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  /** Sends {@code text} as one text frame with FIN set: never fragmented. */
  public void sendText(String text) {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    transcript.sent(who, "in one WebSocket frame: " + Texts.abbreviate(text, 200));
    try {
      writeFrame(TEXT, payload);
    } catch (IOException e) {
      throw new DriverException("sending a frame failed: " + e.getMessage(), e);
    }
  }

  private void writeFrame(int opcode, byte[] payload) throws IOException {
    ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
    frame.write(0x80 | opcode);
    int length = payload.length;
    if (length < 126) {
      frame.write(0x80 | length);
    } else if (length <= 0xFFFF) {
      frame.write(0x80 | 126);
      frame.write(length >>> 8);
      frame.write(length);
    } else {
      frame.write(0x80 | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) ((long) length >>> shift));
      }
    }
    byte[] mask = new byte[4];
    RANDOM.nextBytes(mask);
    frame.write(mask);
    for (int i = 0; i < length; i++) {
      frame.write(payload[i] ^ mask[i % 4]);
    }
    out.write(frame.toByteArray());
    out.flush();
  }

  /**
   * The next text message from the server (pings answered on the way), or null when the server
   * closes the connection or sends nothing more within the timeout.
   */
  public String nextText() {
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    try {
      while (true) {
        int first = in.read();
        if (first < 0) {
          transcript.received(who, "the connection ended");
          return null;
        }
        int opcode = first & 0x0F;
        byte[] payload = readPayload();
        if (opcode == PING) {
          writeFrame(PONG, payload);
        } else if (opcode == CLOSE) {
          int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : -1;
          transcript.received(who, "a close frame with code " + code);
          return null;
        } else if (opcode == TEXT || opcode == CONTINUATION) {
          message.write(payload);
          if ((first & 0x80) != 0) {
            String text = message.toString(StandardCharsets.UTF_8);
            transcript.received(who, Texts.abbreviate(text, 200));
            return text;
          }
        }
      }
    } catch (SocketTimeoutException e) {
      transcript.received(who, "nothing within the timeout");
      return null;
    } catch (IOException e) {
      transcript.received(who, "the connection failed: " + e.getMessage());
      return null;
    }
  }

  private byte[] readPayload() throws IOException {
    int second = readByte();
    long length = second & 0x7F;
    if (length == 126) {
      length = ((long) readByte() << 8) | readByte();
    } else if (length == 127) {
      length = 0;
      for (int i = 0; i < 8; i++) {
        length = (length << 8) | readByte();
      }
    }
    if (length > 64L << 20) {
      throw new IOException("a frame of " + length + " bytes from the server");
    }
    byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : null;
    byte[] payload = in.readNBytes((int) length);
    if (payload.length < length) {
      throw new EOFException("the connection ended inside a frame");
    }
    if (mask != null) {
      for (int i = 0; i < payload.length; i++) {
        payload[i] ^= mask[i % 4];
      }
    }
    return payload;
  }

  private int readByte() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("the connection ended inside a frame");
    }
    return b;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing is all that is left to do.
    }
  }
}
