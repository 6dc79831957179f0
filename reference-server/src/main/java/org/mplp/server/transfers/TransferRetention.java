package org.mplp.server.transfers;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.mplp.server.store.GroupCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets ended transfers transferRetentionSeconds after they ended (REQ-XFER-028): the timer looks
 * every second whether the earliest end is that old, and only then has the store thread delete what
 * is due, a bounded batch per transaction, and the spool drop whatever bytes were left of them.
 */
final class TransferRetention {

  private static final Logger LOG = LoggerFactory.getLogger(TransferRetention.class);

  /** How often the timer looks; well within the spec's 5 s bound for timers (CHOICE-XFER-07). */
  static final long CHECK_MILLIS = 1_000;

  /** Transfers forgotten in one transaction, so that a backlog never holds the store long. */
  static final int BATCH = 500;

  private final GroupCommit commits;
  private final TransferStore transfers;
  private final Clock clock;
  private final long retentionMillis;
  private final Consumer<String> forgotten;
  private final AtomicLong nextForget = new AtomicLong(Long.MAX_VALUE);
  private final AtomicBoolean sweeping = new AtomicBoolean();

  /**
   * @param forgotten told each forgotten transferId once its deletion is committed
   */
  TransferRetention(
      GroupCommit commits,
      TransferStore transfers,
      Clock clock,
      Duration retention,
      Consumer<String> forgotten) {
    this.commits = commits;
    this.transfers = transfers;
    this.clock = clock;
    this.retentionMillis = retention.toMillis();
    this.forgotten = forgotten;
  }

  /** Starts looking on the expiry's timer, from the earliest end the store holds. */
  void start(OptionalLong earliestEnd, TransferExpiry timer) {
    earliestEnd.ifPresent(this::endedAt);
    timer.every(this::sweep, CHECK_MILLIS);
  }

  /** A transfer ended at this instant, in epoch milliseconds. */
  void endedAt(long epochMillis) {
    nextForget.accumulateAndGet(epochMillis + retentionMillis, Math::min);
  }

  /** Forgets what is due, if anything; the timer calls it every {@link #CHECK_MILLIS}. */
  void sweep() {
    if (clock.millis() < nextForget.get() || !sweeping.compareAndSet(false, true)) {
      return;
    }
    commits.submit(
        new GroupCommit.Job() {
          @Override
          public Runnable write() throws SQLException {
            List<String> gone =
                transfers.forgetEndedBy(clock.instant().minusMillis(retentionMillis), BATCH);
            OptionalLong earliest = transfers.earliestEnd();
            return () -> {
              nextForget.set(
                  earliest.isPresent() ? earliest.getAsLong() + retentionMillis : Long.MAX_VALUE);
              sweeping.set(false);
              gone.forEach(forgotten);
            };
          }

          @Override
          public void failed(Exception cause) {
            LOG.warn("forgetting ended transfers failed; the timer tries again", cause);
            sweeping.set(false);
          }
        });
  }
}
