package org.mplp.server.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mplp.server.session.DeviceAddress;
import org.mplp.spec.model.TransferProgress;

/** Progress frames: at most four a second per file, plus the ends at once (REQ-DATA-015, 016). */
class ProgressReportsTest {

  private static final DeviceAddress PC = DeviceAddress.parse("a-PC-1").orElseThrow();
  private static final DeviceAddress MP = DeviceAddress.parse("a-MP-1").orElseThrow();

  private final List<TransferProgress> sent = new ArrayList<>();
  private final List<Runnable> timers = new ArrayList<>();
  private final List<Long> delays = new ArrayList<>();
  private long now = 1_000_000_000L;
  private ProgressReports reports;

  @BeforeEach
  void setUp() {
    reports =
        new ProgressReports(
            (progress, sender, recipient) -> {
              assertThat(sender).isEqualTo(PC);
              assertThat(recipient).isEqualTo(MP);
              sent.add(progress);
            },
            (task, delayNanos) -> {
              timers.add(task);
              delays.add(delayNanos);
            },
            () -> now);
    reports.track("t-1", 0, 1000, PC, MP);
  }

  @Test
  void updatesWithinAQuarterSecondAreMergedIntoOneLaterFrame() {
    reports.uploaded("t-1", 0, 100);
    now += 10_000_000L;
    reports.uploaded("t-1", 0, 200);
    reports.downloaded("t-1", 0, 50);
    reports.uploaded("t-1", 0, 300);
    assertThat(sent).containsExactly(new TransferProgress("t-1", 0, 100, 0));
    assertThat(timers).hasSize(1);
    assertThat(delays).containsExactly(240_000_000L);

    now += 240_000_000L;
    timers.remove(0).run();
    assertThat(sent).endsWith(new TransferProgress("t-1", 0, 300, 50));
    assertThat(sent).hasSize(2);
  }

  @Test
  void noFrameSaysMoreWentDownThanCameUpThoughTheDownloadIsHeardOfFirst() {
    // A download may report bytes before the upload's count of them arrives (a race between two
    // event loops), or after a restart, when the spool holds bytes no upload of this process made.
    reports.downloaded("t-1", 0, 1821);
    now += MIN_GAP;
    reports.uploaded("t-1", 0, 1000);
    now += MIN_GAP;
    reports.downloaded("t-1", 0, 1900);
    assertThat(sent).isNotEmpty();
    assertThat(sent).allSatisfy(p -> assertThat(p.downloaded()).isLessThanOrEqualTo(p.uploaded()));
    assertThat(sent.get(0)).isEqualTo(new TransferProgress("t-1", 0, 1821, 1821));
  }

  private static final long MIN_GAP = ProgressReports.MIN_GAP_NANOS;

  @Test
  void theEndOfTheUploadAndOfADownloadAreSentAtOnce() {
    reports.uploaded("t-1", 0, 100);
    reports.uploaded("t-1", 0, 1000);
    reports.downloaded("t-1", 0, 1000);
    assertThat(sent)
        .containsExactly(
            new TransferProgress("t-1", 0, 100, 0),
            new TransferProgress("t-1", 0, 1000, 0),
            new TransferProgress("t-1", 0, 1000, 1000));
  }

  @Test
  void aFileNotTrackedReportsNothing() {
    reports.forget("t-1", 0);
    reports.uploaded("t-1", 0, 1000);
    reports.uploaded("t-2", 0, 1);
    assertThat(sent).isEmpty();
    assertThat(reports.tracks("t-1", 0)).isFalse();
  }

  @Test
  void aTimerWithNothingNewSendsNothing() {
    reports.uploaded("t-1", 0, 100);
    now += 1_000_000L;
    reports.uploaded("t-1", 0, 1000);
    reports.uploaded("t-1", 0, 1000);
    int before = sent.size();
    timers.forEach(Runnable::run);
    assertThat(sent).hasSize(before);
  }

  @Test
  void sentOftenAFileReportsAtAcceptanceAndEverySecondUntilItsResult() {
    List<TransferProgress> beats = new ArrayList<>();
    List<Runnable> later = new ArrayList<>();
    ProgressReports often =
        new ProgressReports(
            (progress, sender, recipient) -> beats.add(progress),
            (task, delayNanos) -> {
              assertThat(delayNanos).isEqualTo(ProgressReports.BEAT_NANOS);
              later.add(task);
            },
            () -> now,
            true);
    often.track("t-2", 0, 1000, PC, MP);
    assertThat(beats).containsExactly(new TransferProgress("t-2", 0, 0, 0));
    now += ProgressReports.BEAT_NANOS;
    later.remove(0).run();
    assertThat(beats).hasSize(2);
    often.forget("t-2", 0);
    now += ProgressReports.BEAT_NANOS;
    later.remove(0).run();
    assertThat(beats).hasSize(2);
    assertThat(later).isEmpty();
  }
}
