package org.mplp.server.messages;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.mplp.server.authority.DeviceSettingsStore;
import org.mplp.server.devices.DeviceRemoval;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.devices.StoredDevice;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.session.Outcome;
import org.mplp.server.session.Session;
import org.mplp.server.session.SessionRegistry;
import org.mplp.server.store.Database;
import org.mplp.server.store.LogCommit;
import org.mplp.server.store.LogSync;
import org.mplp.server.store.StoreExecutor;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.MessageAck;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.ReceiptAck;
import org.mplp.spec.model.Send;
import org.rocksdb.WriteBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages between the devices of one account (spec: Messages, S41 to S43): sends checked, stored
 * in the message log's group commits ({@link SendStore}) and answered only once durable, forwarding
 * to online recipients, acknowledgements and the receipts they cause ({@link Receipts}), receipt
 * acknowledgements, the backlog a device fetches, and what a removal discards.
 */
public final class MessageService implements DeviceRemoval {

  private static final Logger LOG = LoggerFactory.getLogger(MessageService.class);

  private final StoreExecutor executor;
  private final LogCommit commits;
  private final LogSync sync;
  private final MessageStore messages;
  private final DeviceStore devices;
  private final SessionRegistry registry;
  private final int maxMessageBytes;
  private final SendStore sendStore;
  private final Receipts receipts;
  private final RemovedDevices removedDevices;

  public MessageService(
      StoreExecutor executor,
      Database database,
      LogCommit commits,
      MessageStore messages,
      DeviceStore devices,
      DeviceSettingsStore settings,
      SessionRegistry registry,
      int maxMessageBytes,
      int maxPendingMessages,
      RandomGenerator random,
      Clock clock) {
    this.executor = executor;
    this.commits = commits;
    this.sync = commits.sync();
    this.messages = messages;
    this.devices = devices;
    this.registry = registry;
    this.maxMessageBytes = maxMessageBytes;
    this.sendStore =
        new SendStore(messages, devices, settings, registry, maxPendingMessages, random, clock);
    this.receipts = new Receipts(messages, devices, registry, clock);
    this.removedDevices = new RemovedDevices(database);
  }

  /**
   * What a device fetches: messages after a seq, and receipts after a messageId when asked for.
   *
   * @param receiptsFull whether more receipts wait after the last one here
   */
  public record Backlog(
      List<Message> messages,
      boolean full,
      long lastSeq,
      List<Frame> receipts,
      boolean receiptsFull) {}

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
        new Job<>(session, reply) {
          @Override
          public Runnable write(WriteBatch batch) throws Exception {
            List<Message> stored = new ArrayList<>();
            Outcome<MessageAccepted> outcome = sendStore.store(batch, session, self, send, stored);
            return () -> {
              answer(outcome);
              for (Message message : stored) {
                DeviceAddress.parse(message.to())
                    .flatMap(registry::session)
                    .ifPresent(recipient -> recipient.offer(message));
              }
            };
          }
        });
  }

  /** Takes messages off the device's list and tells their senders (REQ-MSG-014, REQ-MSG-018). */
  public void acknowledge(Session session, MessageAck ack, Consumer<Outcome<Ok>> reply) {
    DeviceAddress self = loggedIn(session);
    commits.submit(
        new Job<>(session, reply) {
          @Override
          public Runnable write(WriteBatch batch) throws Exception {
            long id = deviceId(session, self);
            List<Runnable> pushes =
                id == 0 ? List.of() : receipts.acknowledge(batch, id, self, ack.messageIds());
            return () -> {
              pushes.forEach(Runnable::run);
              answer(Outcome.done(new Ok(ack.id())));
            };
          }
        });
  }

  /** Drops the receipts the sending device has (REQ-MSG-022, REQ-MSG-023). */
  public void acknowledgeReceipts(Session session, ReceiptAck ack, Consumer<Outcome<Ok>> reply) {
    DeviceAddress self = loggedIn(session);
    commits.submit(
        new Job<>(session, reply) {
          @Override
          public Runnable write(WriteBatch batch) throws Exception {
            long id = deviceId(session, self);
            if (id != 0) {
              for (String messageId : ack.messageIds()) {
                messages.dropReceipt(batch, id, messageId);
              }
            }
            return () -> answer(Outcome.done(new Ok(ack.id())));
          }
        });
  }

  /**
   * A device's row is gone: what waits for it becomes undeliverable to its senders (REQ-MSG-019),
   * and its sends and receipts go. Runs on the store thread right after the removal's commit, which
   * noted the device in {@code removed_devices}; the note goes once the discard is durable, and a
   * crash before that is made good by {@link #reconcile()} at the next start.
   */
  @Override
  public void removed(StoredDevice device) {
    discard(device.id());
  }

  /**
   * Discards what the log holds for devices whose rows went without their discard reaching the
   * disk: a removal a crash cut off, or devices the account command removed. Call on the store
   * thread before serving.
   *
   * @return how many devices it discarded for
   */
  public int reconcile() throws SQLException {
    List<Long> waiting = removedDevices.waiting();
    waiting.forEach(this::discard);
    return waiting.size();
  }

  private void discard(long deviceId) {
    commits.runNow(
        new LogCommit.Job() {
          @Override
          public Runnable write(WriteBatch batch) throws Exception {
            List<Runnable> pushes = receipts.discard(batch, deviceId);
            return () -> {
              pushes.forEach(Runnable::run);
              executor.execute(() -> forgetRemoved(deviceId));
            };
          }

          @Override
          public void failed(Exception cause) {
            LOG.error("discarding the messages of removed device {} failed", deviceId, cause);
          }
        });
  }

  private void forgetRemoved(long deviceId) {
    try {
      removedDevices.discarded(deviceId);
    } catch (SQLException e) {
      LOG.warn("the discard of device {} is done but not noted; it runs again", deviceId, e);
    }
  }

  /**
   * Carries what an older server kept of messages in {@code mplp.db} into the log, once. Call on
   * the store thread before serving.
   *
   * @return how many old rows it copied
   */
  public int carryOver(Database database) throws Exception {
    return new LegacyMessages(database, commits).carryOver();
  }

  /**
   * Reads what waits for a device after a seq, and its receipts after a messageId when {@code
   * receiptsAfter} is not null; answered on the event loop once what it read is durable.
   */
  public void fetch(
      Session session,
      long afterSeq,
      int limit,
      String receiptsAfter,
      Consumer<Outcome<Backlog>> reply) {
    DeviceAddress self = loggedIn(session);
    executor.execute(
        () -> {
          Outcome<Backlog> outcome;
          try {
            outcome = Outcome.done(backlog(session, self, afterSeq, limit, receiptsAfter));
          } catch (Exception e) {
            outcome = internalError(e);
          }
          Outcome<Backlog> result = outcome;
          // What was read may belong to a group still syncing: nobody sees it before the disk does.
          sync.whenDurable(
              () -> replyOn(session, reply, result),
              cause -> replyOn(session, reply, internalError(cause)));
        });
  }

  private Backlog backlog(
      Session session, DeviceAddress self, long afterSeq, int limit, String receiptsAfter)
      throws Exception {
    long id = deviceId(session, self);
    if (id == 0) {
      return new Backlog(List.of(), false, afterSeq, List.of(), false);
    }
    long lastSeq = messages.lastSeq(id);
    List<Message> waiting = messages.pendingAfter(id, afterSeq, limit);
    List<Frame> taken =
        receiptsAfter == null ? List.of() : messages.receipts(id, receiptsAfter, limit);
    return new Backlog(waiting, waiting.size() == limit, lastSeq, taken, taken.size() == limit);
  }

  /** The device's row id, from its session while bound, else looked up; 0 when removed. */
  private long deviceId(Session session, DeviceAddress self) throws SQLException {
    if (session.deviceId() != 0 && registry.session(self).orElse(null) == session) {
      return session.deviceId();
    }
    return devices.find(self).map(StoredDevice::id).orElse(0L);
  }

  /** A log job answering one frame of a session. */
  private abstract static class Job<T> implements LogCommit.Job {
    private final Session session;
    private final Consumer<Outcome<T>> reply;

    Job(Session session, Consumer<Outcome<T>> reply) {
      this.session = session;
      this.reply = reply;
    }

    void answer(Outcome<T> outcome) {
      replyOn(session, reply, outcome);
    }

    @Override
    public void failed(Exception cause) {
      replyOn(session, reply, internalError(cause));
    }
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
