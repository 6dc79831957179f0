package org.mplp.server.messages;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The keys of the message log: a one-letter kind, a device row id, then what orders the kind's
 * entries for that device. Big-endian, so that a device's entries sort together and a recipient's
 * messages sort by seq.
 */
final class LogKeys {

  /** A stored message: recipient id, seq. */
  static final byte MESSAGE = 'm';

  /** The last seq given to a recipient: recipient id. */
  static final byte LAST_SEQ = 's';

  /** The message-accepted of a send, for repeats (REQ-MSG-009): sender id, clientMessageId. */
  static final byte SEND = 'c';

  /** A receipt waiting for its sender's receipt-ack: sender id, messageId. */
  static final byte RECEIPT = 'r';

  /**
   * Where a message carried over from {@code mplp.db} is stored (its id names no place): its
   * messageId; the value is its message key.
   */
  static final byte LEGACY_ID = 'i';

  private LogKeys() {}

  static byte[] message(long recipientId, long seq) {
    return ByteBuffer.allocate(17).put(MESSAGE).putLong(recipientId).putLong(seq).array();
  }

  static byte[] lastSeq(long recipientId) {
    return of(LAST_SEQ, recipientId);
  }

  static byte[] send(long senderId, String clientMessageId) {
    return withText(SEND, senderId, clientMessageId);
  }

  static byte[] receipt(long senderId, String messageId) {
    return withText(RECEIPT, senderId, messageId);
  }

  static byte[] legacyId(String messageId) {
    byte[] bytes = messageId.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(1 + bytes.length).put(LEGACY_ID).put(bytes).array();
  }

  /** The prefix of one device's entries of one kind. */
  static byte[] of(byte kind, long deviceId) {
    return ByteBuffer.allocate(9).put(kind).putLong(deviceId).array();
  }

  /** The device id of a key. */
  static long deviceOf(byte[] key) {
    return ByteBuffer.wrap(key, 1, 8).getLong();
  }

  /** The seq of a message key. */
  static long seqOf(byte[] key) {
    return ByteBuffer.wrap(key, 9, 8).getLong();
  }

  /** The text after the device id of a send or receipt key. */
  static String textOf(byte[] key) {
    return new String(key, 9, key.length - 9, StandardCharsets.UTF_8);
  }

  private static byte[] withText(byte kind, long deviceId, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(9 + bytes.length).put(kind).putLong(deviceId).put(bytes).array();
  }
}
