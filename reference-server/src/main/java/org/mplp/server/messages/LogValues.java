package org.mplp.server.messages;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The values of the message log: longs and length-prefixed UTF-8 strings in a fixed order per kind
 * ({@link LogRecords}). Null strings are kept as length -1.
 */
final class LogValues {

  private LogValues() {}

  /** Builds one value. */
  static final class Writer {
    private ByteBuffer buffer = ByteBuffer.allocate(256);

    Writer putLong(long value) {
      room(8);
      buffer.putLong(value);
      return this;
    }

    Writer putByte(byte value) {
      room(1);
      buffer.put(value);
      return this;
    }

    Writer putText(String value) {
      if (value == null) {
        room(4);
        buffer.putInt(-1);
        return this;
      }
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      room(4 + bytes.length);
      buffer.putInt(bytes.length).put(bytes);
      return this;
    }

    byte[] bytes() {
      return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private void room(int more) {
      if (buffer.remaining() < more) {
        ByteBuffer bigger =
            ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + more));
        buffer.flip();
        bigger.put(buffer);
        buffer = bigger;
      }
    }
  }

  /** Reads one value in the order it was written. */
  static final class Reader {
    private final ByteBuffer buffer;

    Reader(byte[] value) {
      this.buffer = ByteBuffer.wrap(value);
    }

    long getLong() {
      return buffer.getLong();
    }

    byte getByte() {
      return buffer.get();
    }

    String getText() {
      int length = buffer.getInt();
      if (length < 0) {
        return null;
      }
      String text = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
      buffer.position(buffer.position() + length);
      return text;
    }

    boolean hasMore() {
      return buffer.hasRemaining();
    }
  }
}
