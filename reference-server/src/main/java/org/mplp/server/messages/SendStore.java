package org.mplp.server.messages;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.mplp.server.authority.DeviceSettingsStore;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.devices.StoredDevice;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.session.Outcome;
import org.mplp.server.session.Session;
import org.mplp.server.session.SessionRegistry;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.Send;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * Stores a send (spec: Messages, S41): its recipients and their room, one message for each, and the
 * answer kept for a repeat. Runs inside a message log group on the store thread.
 */
final class SendStore {

  private final MessageStore messages;
  private final DeviceStore devices;
  private final DeviceSettingsStore settings;
  private final int maxPendingMessages;
  private final SessionRegistry registry;
  private final RandomGenerator random;
  private final SecondStamps stamps;

  SendStore(
      MessageStore messages,
      DeviceStore devices,
      DeviceSettingsStore settings,
      SessionRegistry registry,
      int maxPendingMessages,
      RandomGenerator random,
      Clock clock) {
    this.messages = messages;
    this.devices = devices;
    this.settings = settings;
    this.registry = registry;
    this.maxPendingMessages = maxPendingMessages;
    this.random = random;
    this.stamps = new SecondStamps(clock);
  }

  /** Stores a send into the group's batch, adding the messages to {@code stored}; answers it. */
  Outcome<MessageAccepted> store(
      WriteBatch batch, Session session, DeviceAddress self, Send send, List<Message> stored)
      throws SQLException, RocksDBException {
    long senderId = senderId(session, self);
    if (senderId == 0) {
      return Outcome.refused(ErrorCode.UNKNOWN_DEVICE, "this device is no longer registered");
    }
    Optional<MessageStore.Accepted> earlier = messages.findSend(senderId, send.clientMessageId());
    if (earlier.isPresent()) {
      // REQ-MSG-009: the first answer again, nothing new.
      return Outcome.done(accepted(send, earlier.get()));
    }
    List<StoredDevice> recipients = recipients(self, send.to());
    if (recipients == null) {
      return Outcome.refused(
          ErrorCode.UNKNOWN_DEVICE, "no other device of this account has that address");
    }
    if (!Send.ALL_DEVICES.equals(send.to()) && rejectsMessages(recipients.get(0))) {
      return Outcome.refused(
          ErrorCode.REFUSED_BY_POLICY, send.to() + " takes no messages by its policy");
    }
    for (StoredDevice recipient : recipients) {
      if (messages.pendingCount(recipient.id()) >= maxPendingMessages) {
        return Outcome.refused(
            ErrorCode.RECIPIENT_FULL,
            recipient.address() + " has " + maxPendingMessages + " messages waiting");
      }
    }
    String sentAt = stamps.now();
    Message content =
        new Message(
            null,
            send.clientMessageId(),
            self.toString(),
            null,
            0,
            sentAt,
            send.mediaType(),
            send.body());
    List<MessageAccepted.Recipient> answer = new ArrayList<>();
    for (StoredDevice recipient : recipients) {
      Message message =
          messages.insert(
              batch, senderId, recipient.id(), recipient.address().toString(), content, random);
      stored.add(message);
      answer.add(new MessageAccepted.Recipient(message.to(), message.messageId()));
    }
    MessageStore.Accepted accepted = new MessageStore.Accepted(sentAt, answer);
    messages.recordSend(batch, senderId, send.clientMessageId(), accepted);
    return Outcome.done(accepted(send, accepted));
  }

  /**
   * The sending device's row id: the one its session was bound with while that session still holds
   * the device, else looked up; 0 when the device is no longer registered.
   */
  private long senderId(Session session, DeviceAddress self) throws SQLException {
    if (session.deviceId() != 0 && registry.session(self).orElse(null) == session) {
      return session.deviceId();
    }
    return devices.find(self).map(StoredDevice::id).orElse(0L);
  }

  /** The devices a send goes to; null when {@code to} names none (REQ-MSG-004, REQ-MSG-005). */
  private List<StoredDevice> recipients(DeviceAddress self, String to) throws SQLException {
    if (Send.ALL_DEVICES.equals(to)) {
      // REQ-PRIMARY-004: a send to all leaves out the devices whose policy rejects messages.
      List<StoredDevice> others = new ArrayList<>();
      for (StoredDevice device : devices.listByAccount(self.account())) {
        if (!device.address().equals(self) && !rejectsMessages(device)) {
          others.add(device);
        }
      }
      return others;
    }
    Optional<DeviceAddress> address =
        DeviceAddress.parse(to)
            .filter(parsed -> parsed.account().equals(self.account()) && !parsed.equals(self));
    if (address.isEmpty()) {
      return null;
    }
    return devices.findRegistered(address.get()).map(List::of).orElse(null);
  }

  /** REQ-PRIMARY-004: the policy the primary device set for the recipient takes no messages. */
  private boolean rejectsMessages(StoredDevice recipient) throws SQLException {
    return settings.rejectsMessages(recipient.id());
  }

  private static MessageAccepted accepted(Send send, MessageStore.Accepted accepted) {
    return new MessageAccepted(
        send.id(), send.clientMessageId(), accepted.sentAt(), accepted.recipients());
  }
}
