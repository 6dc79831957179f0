package org.mplp.server.messages;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mplp.server.authority.DeviceSettingsStore;
import org.mplp.server.devices.DeviceRemoval;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.devices.StoredDevice;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.session.Outcome;
import org.mplp.server.session.Session;
import org.mplp.server.session.SessionRegistry;
import org.mplp.server.store.GroupCommit;
import org.mplp.server.store.StoreExecutor;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.MessageAck;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Send;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages between the devices of one account (spec: Messages, S41 to S43): sends checked, stored
 * in group commits ({@link SendStore}) and answered only once durable, forwarding to online
 * recipients, acknowledgements and the receipts they cause ({@link Receipts}), the backlog a device
 * fetches, and what a removal discards.
 */
public final class MessageService implements DeviceRemoval {

  private static final Logger LOG = LoggerFactory.getLogger(MessageService.class);

  private final StoreExecutor executor;
  private final GroupCommit commits;
  private final MessageStore messages;
  private final DeviceStore devices;
  private final SessionRegistry registry;
  private final int maxMessageBytes;
  private final SendStore sendStore;
  private final Receipts senderReceipts;

  public MessageService(
      StoreExecutor executor,
      GroupCommit commits,
      MessageStore messages,
      DeviceStore devices,
      DeviceSettingsStore settings,
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
    this.sendStore = new SendStore(messages, devices, settings, maxPendingMessages, random, clock);
    this.senderReceipts = new Receipts(messages, devices, registry, clock);
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
            Outcome<MessageAccepted> outcome = sendStore.store(self, send, stored);
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

  /** Marks messages delivered and tells their senders (REQ-MSG-014, REQ-MSG-015, REQ-MSG-018). */
  public void acknowledge(Session session, MessageAck ack, Consumer<Outcome<Ok>> reply) {
    DeviceAddress self = loggedIn(session);
    commits.submit(
        new GroupCommit.Job() {
          @Override
          public Runnable write() throws SQLException {
            List<Runnable> pushes = senderReceipts.acknowledge(self, ack);
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
   * Discards what waits for a device about to be removed and tells each sender (REQ-MSG-019). Runs
   * on the store thread, outside any transaction.
   */
  @Override
  public void removing(StoredDevice device) throws SQLException {
    senderReceipts.removing(device);
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
