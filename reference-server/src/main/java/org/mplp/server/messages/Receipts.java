package org.mplp.server.messages;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.devices.StoredDevice;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.session.Session;
import org.mplp.server.session.SessionRegistry;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.MessageAck;
import org.mplp.spec.model.Undeliverable;

/**
 * The receipts senders get (spec: Messages, S42, S43): delivered when a recipient acknowledges,
 * undeliverable when it is removed; pushed when the sending device is online, else stored.
 */
final class Receipts {

  private final MessageStore messages;
  private final DeviceStore devices;
  private final SessionRegistry registry;
  private final Clock clock;

  Receipts(MessageStore messages, DeviceStore devices, SessionRegistry registry, Clock clock) {
    this.messages = messages;
    this.devices = devices;
    this.registry = registry;
    this.clock = clock;
  }

  /**
   * Marks acknowledged messages delivered; answers the receipt pushes to do after the commit. Call
   * inside a transaction on the store thread.
   */
  List<Runnable> acknowledge(DeviceAddress self, MessageAck ack) throws SQLException {
    Optional<StoredDevice> recipient = devices.find(self);
    List<Runnable> pushes = new ArrayList<>();
    if (recipient.isPresent()) {
      String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
      for (String messageId : ack.messageIds()) {
        Optional<MessageStore.Settled> settled =
            messages.acknowledge(recipient.get().id(), messageId);
        if (settled.isPresent()) {
          MessageStore.Settled s = settled.get();
          pushes.add(
              receipt(
                  s.senderId(),
                  s.sender(),
                  new Delivered(s.messageId(), s.clientMessageId(), self.toString(), now)));
        }
      }
    }
    return pushes;
  }

  /**
   * A receipt for a sender: stored when it is offline, else the push to do after the commit. Call
   * inside a transaction on the store thread.
   */
  private Runnable receipt(long senderId, String sender, Frame receipt) throws SQLException {
    Optional<Session> online = onlineSession(senderId, sender);
    if (online.isEmpty()) {
      messages.storeReceipt(senderId, receipt);
      return () -> {};
    }
    return () -> online.get().receipt(receipt);
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
    Optional<StoredDevice> device = devices.find(address.get());
    return device.isPresent() && device.get().id() == senderId ? session : Optional.empty();
  }

  /**
   * Discards what waits for a device about to be removed and tells each sender (REQ-MSG-019). Runs
   * on the store thread, outside any transaction.
   */
  void removing(StoredDevice device) throws SQLException {
    List<MessageStore.Settled> discarded =
        messages.discardFor(
            device.id(),
            device.address().toString(),
            senderId -> onlineSessionById(senderId).isEmpty());
    for (MessageStore.Settled s : discarded) {
      if (s.senderId() == device.id()) {
        continue;
      }
      onlineSessionById(s.senderId())
          .ifPresent(
              session ->
                  session.receipt(
                      new Undeliverable(
                          s.messageId(),
                          s.clientMessageId(),
                          device.address().toString(),
                          Undeliverable.DEVICE_REMOVED)));
    }
  }

  private Optional<Session> onlineSessionById(long deviceId) {
    try {
      return devices.findById(deviceId).flatMap(stored -> registry.session(stored.address()));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
