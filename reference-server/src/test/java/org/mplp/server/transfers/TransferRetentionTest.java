package org.mplp.server.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.store.Database;
import org.mplp.server.store.GroupCommit;
import org.mplp.server.store.StoreExecutor;
import org.mplp.spec.model.FileState;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.TransferReason;
import org.mplp.spec.model.TransferState;

/** Ended transfers are forgotten transferRetentionSeconds after they ended (REQ-XFER-028). */
class TransferRetentionTest {

  private static final Instant START = Instant.parse("2026-12-05T03:00:00Z");
  private static final Duration RETENTION = Duration.ofSeconds(10);

  @TempDir Path dataDir;

  private final MovableClock clock = new MovableClock(START);
  private final List<String> forgotten = new ArrayList<>();
  private StoreExecutor executor;
  private Database database;
  private GroupCommit commits;
  private TransferStore store;
  private TransferRetention retention;

  @BeforeEach
  void open() throws Exception {
    executor = StoreExecutor.callerRuns();
    database = Database.open(dataDir);
    commits = new GroupCommit(database, executor, 16);
    store = new TransferStore(database, clock);
    retention = new TransferRetention(commits, store, clock, RETENTION, forgotten::add);
  }

  @AfterEach
  void close() throws Exception {
    executor.close();
    database.close();
  }

  @Test
  void anEndedTransferIsKeptForTheRetentionAndForgottenThen() throws Exception {
    StoredTransfer offered = write(() -> store.insert(transfer("t-1"), false, false));
    write(
        () -> update(offered.ended(TransferState.CANCELLED, TransferReason.CANCELLED, "acc-PC-1")));
    retention.endedAt(clock.millis());

    clock.advance(RETENTION.minusMillis(1));
    retention.sweep();
    assertThat(find("t-1")).isPresent();
    assertThat(forgotten).isEmpty();

    clock.advance(Duration.ofMillis(1));
    retention.sweep();
    assertThat(find("t-1")).isEmpty();
    assertThat(forgotten).containsExactly("t-1");
    assertThat(fileRows()).isZero();
  }

  @Test
  void anOpenTransferIsNeverForgottenAndAnEndLaterThanAnotherCountsFromItsOwnEnd()
      throws Exception {
    write(() -> store.insert(transfer("open"), false, false));
    StoredTransfer early = write(() -> store.insert(transfer("early"), false, false));
    StoredTransfer late = write(() -> store.insert(transfer("late"), false, false));
    write(() -> update(early.ended(TransferState.EXPIRED, TransferReason.EXPIRED, null)));
    retention.endedAt(clock.millis());
    clock.advance(Duration.ofSeconds(4));
    write(() -> update(late.ended(TransferState.REJECTED, TransferReason.DECLINED, "acc-MP-1")));
    retention.endedAt(clock.millis());

    clock.advance(Duration.ofSeconds(6));
    retention.sweep();
    assertThat(forgotten).containsExactly("early");
    assertThat(find("late")).isPresent();

    clock.advance(Duration.ofDays(30));
    retention.sweep();
    assertThat(forgotten).containsExactly("early", "late");
    assertThat(find("open")).isPresent();
  }

  @Test
  void aTransferEndedBeforeARestartIsForgottenByTheNextServer() throws Exception {
    StoredTransfer offered = write(() -> store.insert(transfer("t-2"), false, false));
    write(() -> update(offered.ended(TransferState.COMPLETED, null, null)));
    clock.advance(RETENTION);
    // A new server knows of the end only from the store.
    TransferRetention restarted =
        new TransferRetention(commits, store, clock, RETENTION, forgotten::add);
    restarted.endedAt(executor.submit(() -> store.earliestEnd().orElseThrow()).get());
    restarted.sweep();
    assertThat(forgotten).containsExactly("t-2");
  }

  private StoredTransfer update(StoredTransfer transfer) throws Exception {
    store.update(transfer, false, false);
    return transfer;
  }

  /** Runs a write through the group commit, as the service does, and returns what it made. */
  private StoredTransfer write(Callable<StoredTransfer> write) throws Exception {
    StoredTransfer[] made = new StoredTransfer[1];
    Exception[] failure = new Exception[1];
    commits.submit(
        new GroupCommit.Job() {
          @Override
          public Runnable write() throws SQLException {
            try {
              made[0] = write.call();
            } catch (SQLException e) {
              throw e;
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            return () -> {};
          }

          @Override
          public void failed(Exception cause) {
            failure[0] = cause;
          }
        });
    if (failure[0] != null) {
      throw failure[0];
    }
    return made[0];
  }

  private Optional<StoredTransfer> find(String transferId) throws Exception {
    return executor.submit(() -> store.find(transferId)).get();
  }

  private long fileRows() throws Exception {
    return executor
        .submit(
            () -> {
              try (ResultSet rows =
                  database.prepared("SELECT COUNT(*) FROM transfer_files").executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            })
        .get();
  }

  private StoredTransfer transfer(String transferId) {
    return new StoredTransfer(
        0,
        transferId,
        "acc",
        1,
        DeviceAddress.parse("acc-PC-1").orElseThrow(),
        2,
        DeviceAddress.parse("acc-MP-1").orElseThrow(),
        Permission.ASK,
        TransferState.OFFERED,
        null,
        null,
        null,
        clock.instant().toString(),
        clock.instant().plusSeconds(600),
        true,
        List.of(
            new StoredFile(
                0, "a.txt", null, 5, "x", "text/plain", FileState.OFFERED, null, null, null)),
        null);
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
