package org.mplp.server.messages;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.mplp.server.devices.StoredDevice;
import org.mplp.server.store.Database;
import org.mplp.server.store.GroupCommit;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.Undeliverable;

/**
 * The messages tables (spec: Messages): stored copies with their per-recipient seq, the answers to
 * sends for repeats, and receipts waiting for their sender. Writes run inside a {@link GroupCommit}
 * transaction unless said otherwise.
 */
public final class MessageStore {

  private final Database database;
  private final RecipientCounters counters;

  public MessageStore(Database database) {
    this.database = database;
    this.counters = new RecipientCounters(database, this::countsInTables);
  }

  /** A send answered before: when and to whom. */
  record Accepted(String sentAt, List<MessageAccepted.Recipient> recipients) {}

  /** An acknowledged or discarded message, as its sender's receipt needs it. */
  record Settled(long senderId, String sender, String messageId, String clientMessageId) {}

  Optional<Accepted> findSend(long senderId, String clientMessageId) throws SQLException {
    PreparedStatement select =
        database.prepared(
            "SELECT sent_at, recipients FROM sends"
                + " WHERE sender_id = ? AND client_message_id = ?");
    select.setLong(1, senderId);
    select.setString(2, clientMessageId);
    try (ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      List<MessageAccepted.Recipient> recipients = new ArrayList<>();
      for (String line : row.getString(2).split("\n")) {
        if (!line.isEmpty()) {
          int space = line.indexOf(' ');
          recipients.add(
              new MessageAccepted.Recipient(line.substring(0, space), line.substring(space + 1)));
        }
      }
      return Optional.of(new Accepted(row.getString(1), recipients));
    }
  }

  void recordSend(long senderId, String clientMessageId, Accepted accepted) throws SQLException {
    StringBuilder lines = new StringBuilder();
    for (MessageAccepted.Recipient recipient : accepted.recipients()) {
      lines.append(recipient.to()).append(' ').append(recipient.messageId()).append('\n');
    }
    PreparedStatement insert =
        database.prepared(
            "INSERT INTO sends (sender_id, client_message_id, sent_at, recipients)"
                + " VALUES (?, ?, ?, ?)");
    insert.setLong(1, senderId);
    insert.setString(2, clientMessageId);
    insert.setString(3, accepted.sentAt());
    insert.setString(4, lines.toString());
    insert.executeUpdate();
  }

  /** Messages waiting for a device: stored, not acknowledged. */
  int pendingCount(long recipientId) throws SQLException {
    return counters.of(recipientId).pending();
  }

  /** Stores a copy for one recipient with the recipient's next seq (REQ-MSG-011). */
  Message insert(long senderId, StoredDevice recipient, String messageId, Message content)
      throws SQLException {
    RecipientCounters.Counts counts = counters.of(recipient.id());
    long seq = counts.lastSeq() + 1;
    PreparedStatement upsert =
        database.prepared(
            "INSERT INTO message_seqs (recipient_id, last_seq) VALUES (?, ?)"
                + " ON CONFLICT (recipient_id) DO UPDATE SET last_seq = excluded.last_seq");
    upsert.setLong(1, recipient.id());
    upsert.setLong(2, seq);
    upsert.executeUpdate();
    Message message =
        new Message(
            messageId,
            content.clientMessageId(),
            content.from(),
            recipient.address().toString(),
            seq,
            content.sentAt(),
            content.mediaType(),
            content.body());
    PreparedStatement insert =
        database.prepared(
            "INSERT INTO messages (message_id, sender_id, sender, recipient_id, recipient, seq,"
                + " client_message_id, media_type, body, sent_at, state)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')");
    insert.setString(1, messageId);
    insert.setLong(2, senderId);
    insert.setString(3, message.from());
    insert.setLong(4, recipient.id());
    insert.setString(5, message.to());
    insert.setLong(6, seq);
    insert.setString(7, message.clientMessageId());
    insert.setString(8, message.mediaType());
    insert.setString(9, message.body());
    insert.setString(10, message.sentAt());
    insert.executeUpdate();
    counters.set(recipient.id(), new RecipientCounters.Counts(seq, counts.pending() + 1));
    return message;
  }

  /** The last seq given to a device; 0 before its first message. */
  long lastSeq(long recipientId) throws SQLException {
    return counters.of(recipientId).lastSeq();
  }

  /** A device's counters as the tables hold them, read once per device per server run. */
  private RecipientCounters.Counts countsInTables(long recipientId) throws SQLException {
    PreparedStatement lastSeq =
        database.prepared("SELECT last_seq FROM message_seqs WHERE recipient_id = ?");
    lastSeq.setLong(1, recipientId);
    long seq;
    try (ResultSet row = lastSeq.executeQuery()) {
      seq = row.next() ? row.getLong(1) : 0;
    }
    PreparedStatement pending =
        database.prepared(
            "SELECT COUNT(*) FROM messages WHERE recipient_id = ? AND state = 'pending'");
    pending.setLong(1, recipientId);
    try (ResultSet row = pending.executeQuery()) {
      return new RecipientCounters.Counts(seq, row.next() ? row.getInt(1) : 0);
    }
  }

  /** Unacknowledged messages for a device with a seq above {@code afterSeq}, in seq order. */
  List<Message> pendingAfter(long recipientId, long afterSeq, int limit) throws SQLException {
    List<Message> messages = new ArrayList<>();
    PreparedStatement select =
        database.prepared(
            "SELECT * FROM messages WHERE recipient_id = ? AND state = 'pending' AND seq > ?"
                + " ORDER BY seq LIMIT ?");
    select.setLong(1, recipientId);
    select.setLong(2, afterSeq);
    select.setInt(3, limit);
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        messages.add(
            new Message(
                row.getString("message_id"),
                row.getString("client_message_id"),
                row.getString("sender"),
                row.getString("recipient"),
                row.getLong("seq"),
                row.getString("sent_at"),
                row.getString("media_type"),
                row.getString("body")));
      }
    }
    return messages;
  }

  /**
   * Marks a message delivered, if it waits for this device; the body is not kept.
   *
   * @return empty when no such message waits for the device
   */
  Optional<Settled> acknowledge(long recipientId, String messageId) throws SQLException {
    Optional<Settled> settled;
    PreparedStatement select =
        database.prepared(
            "SELECT sender_id, sender, client_message_id FROM messages"
                + " WHERE message_id = ? AND recipient_id = ? AND state = 'pending'");
    select.setString(1, messageId);
    select.setLong(2, recipientId);
    try (ResultSet row = select.executeQuery()) {
      settled =
          row.next()
              ? Optional.of(
                  new Settled(row.getLong(1), row.getString(2), messageId, row.getString(3)))
              : Optional.empty();
    }
    if (settled.isPresent()) {
      PreparedStatement update =
          database.prepared(
              "UPDATE messages SET state = 'delivered', body = NULL WHERE message_id = ?");
      update.setString(1, messageId);
      update.executeUpdate();
      RecipientCounters.Counts counts = counters.of(recipientId);
      counters.set(
          recipientId, new RecipientCounters.Counts(counts.lastSeq(), counts.pending() - 1));
    }
    return settled;
  }

  /**
   * Discards everything stored for a device about to be removed, in its own transaction, and stores
   * the undeliverable receipts of the senders {@code offline} says are offline.
   *
   * @return the messages that were waiting, in seq order
   */
  List<Settled> discardFor(long recipientId, String recipient, LongPredicate offline)
      throws SQLException {
    return database.inTransaction(
        connection -> {
          List<Settled> waiting = new ArrayList<>();
          PreparedStatement select =
              database.prepared(
                  "SELECT sender_id, sender, message_id, client_message_id FROM messages"
                      + " WHERE recipient_id = ? AND state = 'pending' ORDER BY seq");
          select.setLong(1, recipientId);
          try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
              waiting.add(
                  new Settled(
                      row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
            }
          }
          for (String table : List.of("messages", "message_seqs")) {
            PreparedStatement delete =
                database.prepared("DELETE FROM " + table + " WHERE recipient_id = ?");
            delete.setLong(1, recipientId);
            delete.executeUpdate();
          }
          counters.set(recipientId, new RecipientCounters.Counts(0, 0));
          for (Settled settled : waiting) {
            if (settled.senderId() != recipientId && offline.test(settled.senderId())) {
              storeReceipt(
                  settled.senderId(),
                  new Undeliverable(
                      settled.messageId(),
                      settled.clientMessageId(),
                      recipient,
                      Undeliverable.DEVICE_REMOVED));
            }
          }
          return waiting;
        });
  }

  /** Keeps a delivered or undeliverable receipt until its sender's next login. */
  void storeReceipt(long senderId, Frame receipt) throws SQLException {
    String kind;
    String messageId;
    String clientMessageId;
    String to;
    String detail;
    if (receipt instanceof Delivered delivered) {
      kind = Delivered.TYPE;
      messageId = delivered.messageId();
      clientMessageId = delivered.clientMessageId();
      to = delivered.to();
      detail = delivered.deliveredAt();
    } else if (receipt instanceof Undeliverable undeliverable) {
      kind = Undeliverable.TYPE;
      messageId = undeliverable.messageId();
      clientMessageId = undeliverable.clientMessageId();
      to = undeliverable.to();
      detail = undeliverable.reason();
    } else {
      throw new IllegalArgumentException("not a receipt: " + receipt.type());
    }
    PreparedStatement insert =
        database.prepared(
            "INSERT INTO receipts (sender_id, kind, message_id, client_message_id, recipient,"
                + " detail) VALUES (?, ?, ?, ?, ?, ?)");
    insert.setLong(1, senderId);
    insert.setString(2, kind);
    insert.setString(3, messageId);
    insert.setString(4, clientMessageId);
    insert.setString(5, to);
    insert.setString(6, detail);
    insert.executeUpdate();
  }

  /** Takes the receipts waiting for a device, oldest first, in its own transaction. */
  List<Frame> takeReceipts(long senderId) throws SQLException {
    return database.inTransaction(
        connection -> {
          List<Frame> receipts = new ArrayList<>();
          PreparedStatement select =
              database.prepared("SELECT * FROM receipts WHERE sender_id = ? ORDER BY id");
          select.setLong(1, senderId);
          try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
              String messageId = row.getString("message_id");
              String clientMessageId = row.getString("client_message_id");
              String to = row.getString("recipient");
              String detail = row.getString("detail");
              receipts.add(
                  Delivered.TYPE.equals(row.getString("kind"))
                      ? new Delivered(messageId, clientMessageId, to, detail)
                      : new Undeliverable(messageId, clientMessageId, to, detail));
            }
          }
          PreparedStatement delete = database.prepared("DELETE FROM receipts WHERE sender_id = ?");
          delete.setLong(1, senderId);
          delete.executeUpdate();
          return receipts;
        });
  }
}
