package org.mplp.server.messages;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.Undeliverable;

/** The values of the message log's entries, one layout per kind of {@link LogKeys}. */
final class LogRecords {

  private static final byte DELIVERED = 0;
  private static final byte UNDELIVERABLE = 1;

  private LogRecords() {}

  /** A stored message: its sender's row id, then the frame's members; the seq is in the key. */
  static byte[] of(long senderId, Message message) {
    return new LogValues.Writer()
        .putLong(senderId)
        .putText(message.messageId())
        .putText(message.from())
        .putText(message.to())
        .putText(message.clientMessageId())
        .putText(message.sentAt())
        .putText(message.mediaType())
        .putText(message.body())
        .bytes();
  }

  static Message message(byte[] value, long seq) {
    LogValues.Reader in = new LogValues.Reader(value);
    in.getLong();
    String messageId = in.getText();
    String from = in.getText();
    String to = in.getText();
    String clientMessageId = in.getText();
    String sentAt = in.getText();
    String mediaType = in.getText();
    String body = in.getText();
    return new Message(messageId, clientMessageId, from, to, seq, sentAt, mediaType, body);
  }

  /** What an acknowledgement or a discard of a stored message needs of it. */
  static MessageStore.Settled settled(byte[] value) {
    LogValues.Reader in = new LogValues.Reader(value);
    long senderId = in.getLong();
    String messageId = in.getText();
    String from = in.getText();
    String to = in.getText();
    String clientMessageId = in.getText();
    return new MessageStore.Settled(senderId, from, messageId, clientMessageId, to);
  }

  static byte[] of(MessageStore.Accepted accepted) {
    LogValues.Writer out =
        new LogValues.Writer().putText(accepted.sentAt()).putLong(accepted.recipients().size());
    for (MessageAccepted.Recipient recipient : accepted.recipients()) {
      out.putText(recipient.to()).putText(recipient.messageId());
    }
    return out.bytes();
  }

  static MessageStore.Accepted accepted(byte[] value) {
    LogValues.Reader in = new LogValues.Reader(value);
    String sentAt = in.getText();
    long count = in.getLong();
    List<MessageAccepted.Recipient> recipients = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      recipients.add(new MessageAccepted.Recipient(in.getText(), in.getText()));
    }
    return new MessageStore.Accepted(sentAt, recipients);
  }

  /** A receipt; its messageId is in the key. */
  static byte[] of(Frame receipt) {
    if (receipt instanceof Delivered d) {
      return new LogValues.Writer()
          .putByte(DELIVERED)
          .putText(d.clientMessageId())
          .putText(d.to())
          .putText(d.deliveredAt())
          .bytes();
    } else if (receipt instanceof Undeliverable u) {
      return new LogValues.Writer()
          .putByte(UNDELIVERABLE)
          .putText(u.clientMessageId())
          .putText(u.to())
          .putText(u.reason())
          .bytes();
    }
    throw new IllegalArgumentException("not a receipt: " + receipt.type());
  }

  static Frame receipt(String messageId, byte[] value) {
    LogValues.Reader in = new LogValues.Reader(value);
    byte kind = in.getByte();
    String clientMessageId = in.getText();
    String to = in.getText();
    String detail = in.getText();
    return kind == DELIVERED
        ? new Delivered(messageId, clientMessageId, to, detail)
        : new Undeliverable(messageId, clientMessageId, to, detail);
  }

  static String messageIdOf(Frame receipt) {
    if (receipt instanceof Delivered d) {
      return d.messageId();
    } else if (receipt instanceof Undeliverable u) {
      return u.messageId();
    }
    throw new IllegalArgumentException("not a receipt: " + receipt.type());
  }

  static byte[] ofLong(long value) {
    return ByteBuffer.allocate(8).putLong(value).array();
  }

  static long longOf(byte[] value) {
    return ByteBuffer.wrap(value).getLong();
  }
}
