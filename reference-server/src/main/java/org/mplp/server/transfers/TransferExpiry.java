package org.mplp.server.transfers;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.mplp.server.store.GroupCommit;
import org.mplp.spec.model.TransferReason;
import org.mplp.spec.model.TransferState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends open transfers at their expiresAt (REQ-XFER-020): a timer thread of its own, never an event
 * loop, looks often whether the earliest expiry has passed and only then has the store thread end
 * what is due and tell both parties. The same thread runs the delayed progress frames.
 */
final class TransferExpiry implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TransferExpiry.class);

  /** How often the timer looks whether an open transfer is due to expire. */
  static final long CHECK_MILLIS = 100;

  /** A lazier sweep, still within the spec's 5 s bound for timers (CHOICE-XFER-04). */
  static final long LAZY_CHECK_MILLIS = 4_000;

  /** What else an expiry means once it is committed: progress, spool, the next expiry. */
  interface Ended {
    void ended(StoredTransfer before, StoredTransfer after);
  }

  private final GroupCommit commits;
  private final TransferStore transfers;
  private final TransferParties parties;
  private final Clock clock;
  private final Ended ended;
  private final ScheduledExecutorService timer;
  private final AtomicLong nextExpiry = new AtomicLong(Long.MAX_VALUE);
  private final AtomicBoolean sweeping = new AtomicBoolean();
  private final long checkMillis;

  TransferExpiry(
      GroupCommit commits,
      TransferStore transfers,
      TransferParties parties,
      Clock clock,
      Ended ended,
      long checkMillis) {
    this.checkMillis = checkMillis;
    this.commits = commits;
    this.transfers = transfers;
    this.parties = parties;
    this.clock = clock;
    this.ended = ended;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "mplp-transfer-timer");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts looking, from the earliest expiry the store holds. */
  void start(OptionalLong earliest) {
    earliest.ifPresent(this::expiresAt);
    timer.scheduleWithFixedDelay(this::check, checkMillis, checkMillis, TimeUnit.MILLISECONDS);
  }

  /** An open transfer expires at this instant, in epoch milliseconds. */
  void expiresAt(long epochMillis) {
    nextExpiry.accumulateAndGet(epochMillis, Math::min);
  }

  /** Runs a task on the timer thread after a delay. */
  void later(Runnable task, long delayNanos) {
    try {
      timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // The server is stopping.
    }
  }

  /** Runs a task on the timer thread again and again, this long after each run ends. */
  void every(Runnable task, long delayMillis) {
    timer.scheduleWithFixedDelay(task, delayMillis, delayMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  private void check() {
    if (clock.millis() < nextExpiry.get() || !sweeping.compareAndSet(false, true)) {
      return;
    }
    commits.submit(
        new GroupCommit.Job() {
          @Override
          public Runnable write() throws SQLException {
            Instant now = clock.instant();
            List<StoredTransfer[]> changes = new ArrayList<>();
            for (StoredTransfer due : transfers.dueToExpire(now)) {
              StoredTransfer expired =
                  due.ended(TransferState.EXPIRED, TransferReason.EXPIRED, null);
              TransferParties.Pending pending = parties.pending(expired, -1);
              transfers.update(expired, pending.sender(), pending.recipient());
              changes.add(new StoredTransfer[] {due, expired});
            }
            OptionalLong next = transfers.nextExpiry();
            return () -> {
              nextExpiry.set(next.orElse(Long.MAX_VALUE));
              sweeping.set(false);
              for (StoredTransfer[] change : changes) {
                parties.tell(change[1], -1);
                ended.ended(change[0], change[1]);
              }
            };
          }

          @Override
          public void failed(Exception cause) {
            LOG.warn("expiring transfers failed; the timer tries again", cause);
            sweeping.set(false);
          }
        });
  }
}
