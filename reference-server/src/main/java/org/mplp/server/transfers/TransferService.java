package org.mplp.server.transfers;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
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
import org.mplp.spec.model.AcceptOffer;
import org.mplp.spec.model.CancelTransfer;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.FileResult;
import org.mplp.spec.model.FileState;
import org.mplp.spec.model.Limits;
import org.mplp.spec.model.ListTransfers;
import org.mplp.spec.model.Offer;
import org.mplp.spec.model.RejectOffer;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferReason;
import org.mplp.spec.model.TransferState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transfers on the control channel (spec: Transfers, Receive permissions): offers checked and
 * stored ({@link OfferIntake}), answers, cancels and file results ({@link TransferMoves}), what a
 * device is sent after its login, expiry ({@link TransferExpiry}), forgetting ended transfers
 * ({@link TransferRetention}), the cancels a removed device causes, and the data channel's
 * questions ({@link TransferFiles}). Every state is durable before anyone hears of it.
 */
public final class TransferService implements TransferFiles, DeviceRemoval, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TransferService.class);

  /** Until the data channel plugs in its spool, nothing is held and nothing is to discard. */
  private static final Spool NO_SPOOL =
      new Spool() {
        @Override
        public long heldBytes(String transferId, int index) {
          return 0;
        }

        @Override
        public void discard(String transferId, int index) {}
      };

  private final StoreExecutor executor;
  private final GroupCommit commits;
  private final TransferStore transfers;
  private final DeviceStore devices;
  private final TransferParties parties;
  private final OfferIntake intake;
  private final TransferMoves moves;
  private final ProgressReports progress;
  private final TransferExpiry expiry;
  private final TransferRetention retention;
  private final TransferGroups groups = new TransferGroups();
  private final Clock clock;
  private volatile Spool spool = NO_SPOOL;

  public TransferService(
      StoreExecutor executor,
      GroupCommit commits,
      TransferStore transfers,
      DeviceStore devices,
      DeviceSettingsStore settings,
      SessionRegistry registry,
      Limits limits,
      Tokens tokens,
      Clock clock) {
    this(
        executor, commits, transfers, devices, settings, registry, limits, tokens, clock, false,
        false);
  }

  /**
   * @param progressOften transfer-progress at acceptance and every second while a file is open
   *     (CHOICE-DATA-07)
   * @param lazyExpiry expiries swept every few seconds, within the spec's bound (CHOICE-XFER-04)
   */
  public TransferService(
      StoreExecutor executor,
      GroupCommit commits,
      TransferStore transfers,
      DeviceStore devices,
      DeviceSettingsStore settings,
      SessionRegistry registry,
      Limits limits,
      Tokens tokens,
      Clock clock,
      boolean progressOften,
      boolean lazyExpiry) {
    this.executor = executor;
    this.commits = commits;
    this.transfers = transfers;
    this.devices = devices;
    this.clock = clock;
    this.parties = new TransferParties(registry);
    this.intake = new OfferIntake(transfers, devices, settings, limits, tokens, clock);
    this.moves =
        new TransferMoves(tokens, clock, Duration.ofSeconds(limits.transferLifetimeSeconds()));
    this.expiry =
        new TransferExpiry(
            commits,
            transfers,
            parties,
            clock,
            this::settled,
            lazyExpiry ? TransferExpiry.LAZY_CHECK_MILLIS : TransferExpiry.CHECK_MILLIS);
    this.retention =
        new TransferRetention(
            commits,
            transfers,
            clock,
            Duration.ofSeconds(limits.transferRetentionSeconds()),
            transferId -> spool.discard(transferId, -1));
    this.progress =
        new ProgressReports(
            (frame, sender, recipient) -> {
              parties.push(sender, frame);
              parties.push(recipient, frame);
            },
            expiry::later,
            System::nanoTime,
            progressOften);
  }

  /**
   * Picks up what a restart left: accepted files report progress again, and the timer looks for
   * expiries and for ended transfers to forget. Call on the store thread.
   */
  public void start() throws SQLException {
    for (StoredTransfer transfer : transfers.accepted()) {
      track(transfer);
    }
    expiry.start(transfers.nextExpiry());
    retention.start(transfers.earliestEnd(), expiry);
  }

  /** The data channel's spool, whose bytes a settled file or an ended transfer discards. */
  public void useSpool(Spool dataSpool) {
    this.spool = dataSpool;
  }

  /**
   * An offer (S51, S52): refused, or stored and answered with its transfer frame; an offer to
   * several devices with the frame of each transfer it made, none with a replyTo (REQ-XFER-032).
   */
  public void offer(Session session, Offer offer, Consumer<Outcome<List<Transfer>>> reply) {
    DeviceAddress self = deviceOf(session);
    Optional<OfferChecks.Refusal> refusal = intake.checkAlone(offer);
    if (refusal.isPresent()) {
      reply.accept(Outcome.refused(refusal.get().code(), refusal.get().message()));
      return;
    }
    commits.submit(
        new GroupCommit.Job() {
          @Override
          public Runnable write() throws SQLException {
            Outcome<List<StoredTransfer>> made = intake.take(self, offer);
            if (made.isRefused()) {
              return () -> replyOn(session, reply, Outcome.refused(made.refusal(), made.message()));
            }
            List<StoredTransfer> stored = new ArrayList<>();
            for (StoredTransfer draft : made.value()) {
              TransferParties.Pending pending = parties.pending(draft, draft.senderId());
              stored.add(transfers.insert(draft, false, pending.recipient()));
            }
            String replyTo = offer.toSeveral() ? null : offer.id();
            return () -> {
              List<Transfer> views = new ArrayList<>();
              for (StoredTransfer transfer : stored) {
                // Progress is tracked before anyone holds a token that could start an upload.
                settled(null, transfer);
                views.add(TransferViews.forSender(transfer, replyTo));
              }
              replyOn(session, reply, Outcome.done(views));
              stored.forEach(transfer -> parties.tell(transfer, transfer.senderId()));
            };
          }

          @Override
          public void failed(Exception cause) {
            replyOn(session, reply, internalError(cause));
          }
        });
  }

  public void accept(Session session, AcceptOffer accept, Consumer<Outcome<Transfer>> reply) {
    change(
        session,
        accept.transferId(),
        accept.id(),
        reply,
        (t, self) -> moves.accept(t, self, accept));
  }

  public void reject(Session session, RejectOffer reject, Consumer<Outcome<Transfer>> reply) {
    change(
        session,
        reject.transferId(),
        reject.id(),
        reply,
        (t, self) -> moves.reject(t, self, reject));
  }

  public void cancel(Session session, CancelTransfer cancel, Consumer<Outcome<Transfer>> reply) {
    change(
        session,
        cancel.transferId(),
        cancel.id(),
        reply,
        (t, self) -> moves.cancel(t, self, cancel));
  }

  public void fileResult(Session session, FileResult result, Consumer<Outcome<Transfer>> reply) {
    change(
        session,
        result.transferId(),
        result.id(),
        reply,
        (t, self) -> moves.fileResult(t, self, result));
  }

  /** The transfer frames of the device's open transfers, as it sees them (REQ-XFER-050). */
  public void list(
      Session session, ListTransfers request, Consumer<Outcome<List<Transfer>>> reply) {
    DeviceAddress self = deviceOf(session);
    executor.submit(
        () -> {
          Optional<StoredDevice> device = devices.find(self);
          if (device.isEmpty()) {
            return Outcome.<List<Transfer>>done(List.of());
          }
          long id = device.get().id();
          return Outcome.done(
              transfers.openInvolving(id).stream()
                  .filter(transfer -> takesPart(transfer, id))
                  .map(
                      transfer ->
                          transfer.senderId() == id
                              ? TransferViews.forSender(transfer, null)
                              : TransferViews.forRecipient(transfer, null))
                  .toList());
        },
        session.eventLoop(),
        Outcome.replyingTo(reply));
  }

  /**
   * After login-ok: the transfer frame of every open transfer the device takes part in and of each
   * that ended while it was offline (REQ-XFER-002, 014, 022).
   */
  public void loggedIn(Session session) {
    DeviceAddress self = deviceOf(session);
    executor.execute(
        () -> {
          try {
            Optional<StoredDevice> device = devices.find(self);
            if (device.isEmpty()) {
              return;
            }
            long id = device.get().id();
            for (StoredTransfer transfer : transfers.forLogin(id)) {
              session.transfer(
                  transfer.senderId() == id
                      ? TransferViews.forSender(transfer, null)
                      : TransferViews.forRecipient(transfer, null));
            }
            transfers.clearPending(id);
          } catch (SQLException e) {
            throw new IllegalStateException("reading the transfers of a login failed", e);
          }
        });
  }

  /**
   * Cancels every open transfer of a device about to be removed or revoked, inside the removal's
   * transaction, and tells the other party once it is committed (REQ-PRIMARY-010).
   */
  @Override
  public Runnable removing(StoredDevice device) throws SQLException {
    List<Runnable> afterCommit = new ArrayList<>();
    for (StoredTransfer open : transfers.openInvolving(device.id())) {
      StoredTransfer ended =
          open.ended(
              TransferState.CANCELLED, TransferReason.DEVICE_REMOVED, device.address().toString());
      TransferParties.Pending pending = parties.pending(ended, device.id());
      transfers.update(ended, pending.sender(), pending.recipient());
      afterCommit.add(
          () -> {
            settled(open, ended);
            parties.tell(ended, device.id());
          });
    }
    return () -> afterCommit.forEach(Runnable::run);
  }

  @Override
  public CompletionStage<FileAccess> authorize(
      String transferId, int index, String token, DataDirection direction) {
    return executor.submit(
        () -> {
          Optional<StoredTransfer> found = transfers.find(transferId);
          if (found.isEmpty() || index < 0 || index >= found.get().files().size()) {
            return new FileAccess.Forbidden();
          }
          StoredTransfer transfer = found.get();
          StoredFile file = transfer.files().get(index);
          String issued =
              direction == DataDirection.UPLOAD ? file.uploadToken() : file.downloadToken();
          if (!Tokens.same(issued, token)) {
            return new FileAccess.Forbidden();
          }
          if (transfer.state() != TransferState.ACCEPTED || file.state() != FileState.ACCEPTED) {
            return new FileAccess.Gone();
          }
          return new FileAccess.Granted(file.size(), transfer.group());
        });
  }

  /** One upload serves every accepted transfer of a group: each reports it (REQ-XFER-033). */
  @Override
  public void uploaded(String transferId, int index, long bytes) {
    for (String member : groups.membersWith(transferId)) {
      progress.uploaded(member, index, bytes);
    }
  }

  @Override
  public void downloaded(String transferId, int index, long bytes) {
    progress.downloaded(transferId, index, bytes);
  }

  /** Stops the timer; what it queued on the store thread still runs. */
  @Override
  public void close() {
    expiry.close();
  }

  /** A change a party asks for; the transfer is one it takes part in. */
  @FunctionalInterface
  interface Move {
    Outcome<StoredTransfer> apply(StoredTransfer transfer, long self) throws SQLException;
  }

  private void change(
      Session session,
      String transferId,
      String replyTo,
      Consumer<Outcome<Transfer>> reply,
      Move move) {
    DeviceAddress self = deviceOf(session);
    commits.submit(
        new GroupCommit.Job() {
          @Override
          public Runnable write() throws SQLException {
            Optional<StoredDevice> device = devices.find(self);
            Optional<StoredTransfer> found = transfers.find(transferId);
            if (device.isEmpty() || found.isEmpty() || !takesPart(found.get(), device.get().id())) {
              // Whether or not the transfer exists (REQ-XFER-018).
              return refusal(
                  ErrorCode.UNKNOWN_TRANSFER,
                  "this device takes part in no transfer " + transferId);
            }
            long id = device.get().id();
            StoredTransfer before = found.get();
            Outcome<StoredTransfer> moved = move.apply(before, id);
            if (moved.isRefused()) {
              return refusal(moved.refusal(), moved.message());
            }
            StoredTransfer after = moved.value();
            TransferParties.Pending pending = parties.pending(after, id);
            transfers.update(after, pending.sender(), pending.recipient());
            return () -> {
              settled(before, after);
              replyOn(
                  session,
                  reply,
                  Outcome.done((Transfer) TransferParties.answer(after, id, replyTo)));
              parties.tell(after, id);
            };
          }

          private Runnable refusal(ErrorCode code, String message) {
            return () -> replyOn(session, reply, Outcome.refused(code, message));
          }

          @Override
          public void failed(Exception cause) {
            replyOn(session, reply, internalError(cause));
          }
        });
  }

  private static boolean takesPart(StoredTransfer transfer, long deviceId) {
    return transfer.senderId() == deviceId
        || transfer.recipientSees() && transfer.recipientId() == deviceId;
  }

  /** What a committed change means beyond the frames: progress, spool, expiry, retention. */
  void settled(StoredTransfer before, StoredTransfer after) {
    if (after.state().open()) {
      expiry.expiresAt(after.expiresAt().toEpochMilli());
    } else if (before == null || before.state().open()) {
      // The store stamped the end a moment ago: counting from now forgets it no earlier.
      retention.endedAt(clock.millis());
    }
    if (after.state() == TransferState.ACCEPTED
        && (before == null || before.state() != TransferState.ACCEPTED)) {
      track(after);
    }
    boolean ended = before != null && before.state().open() && !after.state().open();
    if (before != null && before.state() == TransferState.ACCEPTED) {
      for (StoredFile file : after.files()) {
        FileState was = before.files().get(file.index()).state();
        if (was == FileState.ACCEPTED && file.state() != FileState.ACCEPTED) {
          progress.forget(after.transferId(), file.index());
          if (after.group() == null) {
            spool.discard(after.transferId(), file.index());
          }
        }
      }
    }
    if (ended) {
      after.files().forEach(file -> progress.forget(after.transferId(), file.index()));
      groups.leave(after);
      if (after.group() == null) {
        spool.discard(after.transferId(), -1);
      }
    }
    if (before != null && after.group() != null) {
      for (StoredFile file : after.files()) {
        if (ended || before.files().get(file.index()).state() != file.state()) {
          discardIfNoneNeeds(after.group(), file.index());
        }
      }
    }
  }

  /**
   * Drops a group's spooled file once no open transfer of the group has it offered or accepted:
   * until then a recipient may still accept it, or still download it (REQ-XFER-033).
   */
  private void discardIfNoneNeeds(String group, int index) {
    try {
      for (StoredTransfer member : transfers.inGroup(group)) {
        FileState state = member.files().get(index).state();
        if (member.state().open() && (state == FileState.OFFERED || state == FileState.ACCEPTED)) {
          return;
        }
      }
      spool.discard(group, index);
    } catch (SQLException e) {
      LOG.warn("reading the group " + group + " failed; its spooled file " + index + " stays", e);
    }
  }

  private void track(StoredTransfer transfer) {
    groups.join(transfer);
    for (StoredFile file : transfer.files()) {
      if (file.state() == FileState.ACCEPTED) {
        progress.track(
            transfer.transferId(),
            file.index(),
            file.size(),
            transfer.sender(),
            transfer.recipient());
        if (transfer.group() != null) {
          // Bytes another transfer of the group uploaded before this one was accepted.
          long held = spool.heldBytes(transfer.group(), file.index());
          if (held > 0) {
            progress.uploaded(transfer.transferId(), file.index(), held);
          }
        }
      }
    }
  }

  private static <T> void replyOn(Session session, Consumer<Outcome<T>> reply, Outcome<T> outcome) {
    session.onEventLoopReply(() -> reply.accept(outcome));
  }

  private static <T> Outcome<T> internalError(Exception cause) {
    LOG.warn("a transfer write failed", cause);
    return Outcome.refused(ErrorCode.INTERNAL_ERROR, "the server failed to store the transfer");
  }

  private static DeviceAddress deviceOf(Session session) {
    return session
        .device()
        .orElseThrow(() -> new IllegalStateException("a transfer frame before login"));
  }
}
