package org.mplp.server.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.mplp.server.store.LogCommit;
import org.mplp.server.store.LogStore;
import org.mplp.server.store.LogView;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * The messages in the message log (spec: Messages): stored copies with their per-recipient seq, the
 * answers to sends for repeats, and receipts waiting for their sender's receipt-ack. Writes go into
 * a {@link LogCommit} group's batch; reads outside a group see everything applied.
 */
public final class MessageStore {

  private final LogView view;
  private final LogStore log;
  private final RecipientCounters counters;

  public MessageStore(LogCommit commits) {
    this.view = new LogView(commits);
    this.log = commits.log();
    this.counters = new RecipientCounters(commits, this::countsInLog);
  }

  /** A send answered before: when and to whom. */
  record Accepted(String sentAt, List<MessageAccepted.Recipient> recipients) {}

  /** An acknowledged or discarded message, as its sender's receipt needs it. */
  record Settled(
      long senderId, String sender, String messageId, String clientMessageId, String recipient) {}

  Optional<Accepted> findSend(long senderId, String clientMessageId) throws RocksDBException {
    byte[] value = view.get(LogKeys.send(senderId, clientMessageId));
    return value == null ? Optional.empty() : Optional.of(LogRecords.accepted(value));
  }

  void recordSend(WriteBatch batch, long senderId, String clientMessageId, Accepted accepted)
      throws RocksDBException {
    view.put(batch, LogKeys.send(senderId, clientMessageId), LogRecords.of(accepted));
  }

  /** Messages waiting for a device: stored, not acknowledged. */
  int pendingCount(long recipientId) throws RocksDBException {
    return counters.of(recipientId).pending();
  }

  /** Stores a copy for one recipient with the recipient's next seq (REQ-MSG-011). */
  Message insert(
      WriteBatch batch,
      long senderId,
      long recipientId,
      String recipient,
      Message content,
      RandomGenerator random)
      throws RocksDBException {
    RecipientCounters.Counts counts = counters.of(recipientId);
    long seq = counts.lastSeq() + 1;
    Message message =
        new Message(
            MessageIds.of(recipientId, seq, random),
            content.clientMessageId(),
            content.from(),
            recipient,
            seq,
            content.sentAt(),
            content.mediaType(),
            content.body());
    view.put(batch, LogKeys.message(recipientId, seq), LogRecords.of(senderId, message));
    view.put(batch, LogKeys.lastSeq(recipientId), LogRecords.ofLong(seq));
    counters.set(recipientId, new RecipientCounters.Counts(seq, counts.pending() + 1));
    return message;
  }

  /** The last seq given to a device, 0 before its first message. */
  long lastSeq(long recipientId) throws RocksDBException {
    return counters.of(recipientId).lastSeq();
  }

  /** Up to {@code limit} messages waiting for a device after a seq, in seq order. */
  List<Message> pendingAfter(long recipientId, long afterSeq, int limit) throws RocksDBException {
    List<Message> messages = new ArrayList<>();
    log.scan(
        LogKeys.of(LogKeys.MESSAGE, recipientId),
        LogKeys.message(recipientId, afterSeq + 1),
        (key, value) -> {
          messages.add(LogRecords.message(value, LogKeys.seqOf(key)));
          return messages.size() < limit;
        });
    return messages;
  }

  /**
   * Takes a message off the device's waiting list, if it waits for this device; the body goes with
   * it.
   *
   * @return empty when no such message waits for the device
   */
  Optional<Settled> acknowledge(WriteBatch batch, long recipientId, String messageId)
      throws RocksDBException {
    byte[] key = keyOf(messageId);
    if (key == null || LogKeys.deviceOf(key) != recipientId) {
      return Optional.empty();
    }
    byte[] value = view.get(key);
    if (value == null) {
      return Optional.empty();
    }
    Settled settled = LogRecords.settled(value);
    if (!settled.messageId().equals(messageId)) {
      return Optional.empty();
    }
    view.deleteOnce(batch, key);
    forgetLegacyId(batch, messageId);
    RecipientCounters.Counts counts = counters.of(recipientId);
    counters.set(recipientId, new RecipientCounters.Counts(counts.lastSeq(), counts.pending() - 1));
    return Optional.of(settled);
  }

  /**
   * The key of the message an id names: from the id itself, or for a carried-over one, looked up.
   */
  private byte[] keyOf(String messageId) throws RocksDBException {
    Optional<MessageIds.Place> place = MessageIds.parse(messageId);
    if (place.isPresent()) {
      return LogKeys.message(place.get().recipientId(), place.get().seq());
    }
    return view.get(LogKeys.legacyId(messageId));
  }

  private void forgetLegacyId(WriteBatch batch, String messageId) throws RocksDBException {
    if (MessageIds.parse(messageId).isEmpty()) {
      view.deleteOnce(batch, LogKeys.legacyId(messageId));
    }
  }

  /** Keeps a delivered or undeliverable receipt until its sender acknowledges it. */
  void storeReceipt(WriteBatch batch, long senderId, Frame receipt) throws RocksDBException {
    view.put(
        batch, LogKeys.receipt(senderId, LogRecords.messageIdOf(receipt)), LogRecords.of(receipt));
  }

  /** Up to {@code limit} receipts waiting for a device, in messageId order, after {@code after}. */
  List<Frame> receipts(long senderId, String after, int limit) throws RocksDBException {
    List<Frame> receipts = new ArrayList<>();
    byte[] prefix = LogKeys.of(LogKeys.RECEIPT, senderId);
    log.scan(
        prefix,
        LogKeys.receipt(senderId, after),
        (key, value) -> {
          String messageId = LogKeys.textOf(key);
          if (!messageId.equals(after)) {
            receipts.add(LogRecords.receipt(messageId, value));
          }
          return receipts.size() < limit;
        });
    return receipts;
  }

  /** Drops a receipt its sender acknowledged; false when none waits under that id. */
  boolean dropReceipt(WriteBatch batch, long senderId, String messageId) throws RocksDBException {
    byte[] key = LogKeys.receipt(senderId, messageId);
    if (view.get(key) == null) {
      return false;
    }
    view.deleteOnce(batch, key);
    return true;
  }

  /**
   * Discards everything the log holds for a device that is no longer registered: what waits for it,
   * its seq, its sends and its receipts. Run as a group of its own, when all earlier writes are
   * applied.
   *
   * @return the messages that were waiting for it, in seq order
   */
  List<Settled> discardFor(WriteBatch batch, long deviceId) throws RocksDBException {
    List<Settled> waiting = new ArrayList<>();
    List<byte[]> keys = new ArrayList<>();
    log.scan(
        LogKeys.of(LogKeys.MESSAGE, deviceId),
        LogKeys.of(LogKeys.MESSAGE, deviceId),
        (key, value) -> {
          keys.add(key);
          waiting.add(LogRecords.settled(value));
          return true;
        });
    for (byte[] key : keys) {
      view.deleteOnce(batch, key);
    }
    for (Settled settled : waiting) {
      forgetLegacyId(batch, settled.messageId());
    }
    view.delete(batch, LogKeys.lastSeq(deviceId));
    for (byte kind : new byte[] {LogKeys.SEND, LogKeys.RECEIPT}) {
      batch.deleteRange(LogKeys.of(kind, deviceId), LogKeys.of(kind, deviceId + 1));
    }
    counters.forget(deviceId);
    return waiting;
  }

  private RecipientCounters.Counts countsInLog(long recipientId) throws RocksDBException {
    byte[] last = log.get(LogKeys.lastSeq(recipientId));
    int[] pending = {0};
    byte[] prefix = LogKeys.of(LogKeys.MESSAGE, recipientId);
    log.scan(
        prefix,
        prefix,
        (key, value) -> {
          pending[0]++;
          return true;
        });
    return new RecipientCounters.Counts(last == null ? 0 : LogRecords.longOf(last), pending[0]);
  }
}
