package org.mplp.server.messages;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.session.Session;
import org.mplp.server.session.SessionRegistry;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Undeliverable;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * The receipts senders get (spec: Messages, Receipts): delivered when a recipient acknowledges,
 * undeliverable when it is removed. Each is stored in the write that causes it and kept until its
 * sender acknowledges it (REQ-MSG-021); an online sender is also sent it once that write is
 * durable.
 */
final class Receipts {

  private final MessageStore messages;
  private final DeviceStore devices;
  private final SessionRegistry registry;
  private final SecondStamps stamps;

  Receipts(MessageStore messages, DeviceStore devices, SessionRegistry registry, Clock clock) {
    this.messages = messages;
    this.devices = devices;
    this.registry = registry;
    this.stamps = new SecondStamps(clock);
  }

  /**
   * Takes acknowledged messages off the recipient's list and stores their delivered receipts, in
   * the group's batch; answers the pushes to do once durable.
   */
  List<Runnable> acknowledge(
      WriteBatch batch, long recipientId, DeviceAddress self, List<String> messageIds)
      throws SQLException, RocksDBException {
    List<Runnable> pushes = new ArrayList<>();
    String now = stamps.now();
    for (String messageId : messageIds) {
      Optional<MessageStore.Settled> settled = messages.acknowledge(batch, recipientId, messageId);
      if (settled.isPresent()) {
        MessageStore.Settled s = settled.get();
        receipt(batch, s, new Delivered(s.messageId(), s.clientMessageId(), self.toString(), now))
            .ifPresent(pushes::add);
      }
    }
    return pushes;
  }

  /**
   * Discards what waits for a device that is no longer registered and stores an undeliverable
   * receipt for each to its sender (REQ-MSG-019), in the batch; answers the pushes.
   */
  List<Runnable> discard(WriteBatch batch, long deviceId) throws SQLException, RocksDBException {
    List<Runnable> pushes = new ArrayList<>();
    for (MessageStore.Settled s : messages.discardFor(batch, deviceId)) {
      if (s.senderId() != deviceId) {
        receipt(
                batch,
                s,
                new Undeliverable(
                    s.messageId(),
                    s.clientMessageId(),
                    s.recipient(),
                    Undeliverable.DEVICE_REMOVED))
            .ifPresent(pushes::add);
      }
    }
    return pushes;
  }

  /**
   * Stores a receipt for its sender, when that device is still registered; answers the push to its
   * session, when it is online.
   */
  private Optional<Runnable> receipt(WriteBatch batch, MessageStore.Settled s, Frame receipt)
      throws SQLException, RocksDBException {
    Optional<Session> online = onlineSession(s.senderId(), s.sender());
    if (online.isEmpty() && devices.findById(s.senderId()).isEmpty()) {
      // The sender was removed: no one is left to tell.
      return Optional.empty();
    }
    messages.storeReceipt(batch, s.senderId(), receipt);
    return online.map(session -> () -> session.receipt(receipt));
  }

  /** The messageId a receipt names. */
  static String messageIdOf(Frame receipt) {
    return LogRecords.messageIdOf(receipt);
  }

  /** The session of a sender, if that very device (not a later one at its address) is online. */
  private Optional<Session> onlineSession(long senderId, String sender) throws SQLException {
    Optional<DeviceAddress> address = DeviceAddress.parse(sender);
    if (address.isEmpty()) {
      return Optional.empty();
    }
    Optional<Session> session = registry.session(address.get());
    if (session.isEmpty()) {
      return Optional.empty();
    }
    long boundId = session.get().deviceId();
    if (boundId != 0) {
      return boundId == senderId ? session : Optional.empty();
    }
    return devices.find(address.get()).filter(d -> d.id() == senderId).isPresent()
        ? session
        : Optional.empty();
  }
}
