package org.mplp.server.session;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mplp.server.store.DeviceAddress;
import org.mplp.server.store.DeviceStore;
import org.mplp.server.store.GroupCommit;
import org.mplp.server.store.MessageStore;
import org.mplp.server.store.StoreExecutor;
import org.mplp.server.store.StoredDevice;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.MessageAck;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Send;
import org.mplp.spec.model.Undeliverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages between the devices of one account (spec: Messages, S41 to S43): sends stored in group
 * commits and answered only once durable, forwarding to online recipients, acknowledgements and the
 * receipts they cause, the backlog a device fetches, and what a removal discards.
 */
public final class MessageService {

  private static final Logger LOG = LoggerFactory.getLogger(MessageService.class);

  private final StoreExecutor executor;
  private final GroupCommit commits;
  private final MessageStore messages;
  private final DeviceStore devices;
  private final SessionRegistry registry;
  private final int maxMessageBytes;
  private final int maxPendingMessages;
  private final SecureRandom random;
  private final Clock clock;

  MessageService(
      StoreExecutor executor,
      GroupCommit commits,
      MessageStore messages,
      DeviceStore devices,
      SessionRegistry registry,
      int maxMessageBytes,
      int maxPendingMessages,
      SecureRandom random,
      Clock clock) {
    this.executor = executor;
    this.commits = commits;
    this.messages = messages;
    this.devices = devices;
    this.registry = registry;
    this.maxMessageBytes = maxMessageBytes;
    this.maxPendingMessages = maxPendingMessages;
    this.random = random;
    this.clock = clock;
  }

  /** What a device fetches: messages after a seq, and at first the receipts waiting for it. */
  public record Backlog(List<Message> messages, boolean full, long lastSeq, List<Frame> receipts) {}

  /** Stores a send and answers message-accepted once it is durable; called on the event loop. */
  public void send(Session session, Send send, Consumer<Outcome<MessageAccepted>> reply) {
    DeviceAddress self = loggedIn(session);
    if (send.from() != null && !send.from().equals(self.toString())) {
      reply.accept(
          Outcome.refused(ErrorCode.FORGED_SENDER, "from must be this device's own address"));
      return;
    }
    if (send.body().getBytes(StandardCharsets.UTF_8).length > maxMessageBytes) {
      reply.accept(
          Outcome.refused(
              ErrorCode.MESSAGE_TOO_LARGE,
              "the body is longer than " + maxMessageBytes + " bytes"));
      return;
    }
    commits.submit(
        new GroupCommit.Job() {
          @Override
          public Runnable write() throws SQLException {
            List<Message> stored = new ArrayList<>();
            Outcome<MessageAccepted> outcome = store(self, send, stored);
            return () -> {
              replyOn(session, reply, outcome);
              for (Message message : stored) {
                DeviceAddress.parse(message.to())
                    .flatMap(registry::session)
                    .ifPresent(recipient -> recipient.offer(message));
              }
            };
          }

          @Override
          public void failed(Exception cause) {
            replyOn(session, reply, internalError(cause));
          }
        });
  }

  private Outcome<MessageAccepted> store(DeviceAddress self, Send send, List<Message> stored)
      throws SQLException {
    Optional<StoredDevice> sender = devices.find(self);
    if (sender.isEmpty()) {
      return Outcome.refused(ErrorCode.UNKNOWN_DEVICE, "this device is no longer registered");
    }
    long senderId = sender.get().id();
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
    for (StoredDevice recipient : recipients) {
      if (messages.pendingCount(recipient.id()) >= maxPendingMessages) {
        return Outcome.refused(
            ErrorCode.RECIPIENT_FULL,
            recipient.address() + " has " + maxPendingMessages + " messages waiting");
      }
    }
    String sentAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
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
      Message message = messages.insert(senderId, recipient, newMessageId(), content);
      stored.add(message);
      answer.add(new MessageAccepted.Recipient(message.to(), message.messageId()));
    }
    MessageStore.Accepted accepted = new MessageStore.Accepted(sentAt, answer);
    messages.recordSend(senderId, send.clientMessageId(), accepted);
    return Outcome.done(accepted(send, accepted));
  }

  /** The devices a send goes to; null when {@code to} names none (REQ-MSG-004, REQ-MSG-005). */
  private List<StoredDevice> recipients(DeviceAddress self, String to) throws SQLException {
    if (Send.ALL_DEVICES.equals(to)) {
      return devices.listByAccount(self.account()).stream()
          .filter(device -> !device.address().equals(self))
          .toList();
    }
    Optional<DeviceAddress> address =
        DeviceAddress.parse(to)
            .filter(parsed -> parsed.account().equals(self.account()) && !parsed.equals(self));
    if (address.isEmpty()) {
      return null;
    }
    return devices.find(address.get()).map(List::of).orElse(null);
  }

  private static MessageAccepted accepted(Send send, MessageStore.Accepted accepted) {
    return new MessageAccepted(
        send.id(), send.clientMessageId(), accepted.sentAt(), accepted.recipients());
  }

  /** Marks messages delivered and tells their senders (REQ-MSG-014, REQ-MSG-015, REQ-MSG-018). */
  public void acknowledge(Session session, MessageAck ack, Consumer<Outcome<Ok>> reply) {
    DeviceAddress self = loggedIn(session);
    commits.submit(
        new GroupCommit.Job() {
          @Override
          public Runnable write() throws SQLException {
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
            return () -> {
              pushes.forEach(Runnable::run);
              replyOn(session, reply, Outcome.done(new Ok(ack.id())));
            };
          }

          @Override
          public void failed(Exception cause) {
            replyOn(session, reply, internalError(cause));
          }
        });
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

  /** Reads what waits for a device after a seq; called on the event loop, answered there. */
  public void fetch(
      Session session,
      long afterSeq,
      int limit,
      boolean receipts,
      Consumer<Outcome<Backlog>> reply) {
    DeviceAddress self = loggedIn(session);
    executor.submit(
        () -> {
          Optional<StoredDevice> device = devices.find(self);
          if (device.isEmpty()) {
            return Outcome.done(new Backlog(List.of(), false, afterSeq, List.of()));
          }
          long id = device.get().id();
          long lastSeq = messages.lastSeq(id);
          List<Message> waiting = messages.pendingAfter(id, afterSeq, limit);
          List<Frame> taken = receipts ? messages.takeReceipts(id) : List.of();
          return Outcome.done(new Backlog(waiting, waiting.size() == limit, lastSeq, taken));
        },
        session.eventLoop(),
        Outcome.replyingTo(reply));
  }

  private String newMessageId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return "m-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static <T> void replyOn(Session session, Consumer<Outcome<T>> reply, Outcome<T> outcome) {
    session.onEventLoopReply(() -> reply.accept(outcome));
  }

  private static <T> Outcome<T> internalError(Exception cause) {
    LOG.warn("a message write failed", cause);
    return Outcome.refused(ErrorCode.INTERNAL_ERROR, "the server failed to store the frame");
  }

  private static DeviceAddress loggedIn(Session session) {
    return session
        .device()
        .orElseThrow(() -> new IllegalStateException("a message frame before login"));
  }
}
