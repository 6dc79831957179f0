package org.mplp.server.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.session.Outcome;
import org.mplp.spec.model.AcceptOffer;
import org.mplp.spec.model.CancelTransfer;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.FileOutcome;
import org.mplp.spec.model.FileResult;
import org.mplp.spec.model.FileState;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.RejectOffer;
import org.mplp.spec.model.TransferReason;
import org.mplp.spec.model.TransferState;

/** What each party's frame does to a transfer, decided without a database. */
class TransferMovesTest {

  private static final long SENDER = 1;
  private static final long RECIPIENT = 2;
  private static final Instant NOW = Instant.parse("2026-11-24T09:20:00Z");
  private static final Duration LIFETIME = Duration.ofHours(24);

  private final TransferMoves moves =
      new TransferMoves(new Tokens(new SecureRandom()), Clock.fixed(NOW, ZoneOffset.UTC), LIFETIME);

  private static StoredTransfer offered() {
    List<StoredFile> files =
        List.of(
            new StoredFile(0, "a", null, 5, "x", "text/plain", FileState.OFFERED, null, null, null),
            new StoredFile(
                1, "b", null, 7, "x", "text/plain", FileState.OFFERED, null, null, null));
    return new StoredTransfer(
        9,
        "t-1",
        "acc",
        SENDER,
        DeviceAddress.parse("acc-PC-1").orElseThrow(),
        RECIPIENT,
        DeviceAddress.parse("acc-MP-1").orElseThrow(),
        Permission.ASK,
        TransferState.OFFERED,
        null,
        null,
        null,
        NOW.toString(),
        NOW.plusSeconds(600),
        true,
        files,
        null);
  }

  @Test
  void acceptingSomeFilesGivesThemTokensDeclinesTheOthersAndStartsTheTransfersLife() {
    StoredTransfer accepted =
        moves.accept(offered(), RECIPIENT, new AcceptOffer("a1", "t-1", List.of(1))).value();
    assertThat(accepted.state()).isEqualTo(TransferState.ACCEPTED);
    assertThat(accepted.expiresAt()).isEqualTo(NOW.plus(LIFETIME));
    assertThat(accepted.files().get(0).state()).isEqualTo(FileState.DECLINED);
    assertThat(accepted.files().get(0).uploadToken()).isNull();
    StoredFile taken = accepted.files().get(1);
    assertThat(taken.state()).isEqualTo(FileState.ACCEPTED);
    assertThat(taken.uploadToken()).hasSize(43).isNotEqualTo(taken.downloadToken());
    assertThat(taken.downloadToken()).hasSize(43);
  }

  @Test
  void onlyTheRecipientAnswersAndOnlyAnOfferedTransfer() {
    assertThat(moves.accept(offered(), SENDER, new AcceptOffer("a1", "t-1", null)).refusal())
        .isEqualTo(ErrorCode.WRONG_PARTY);
    assertThat(moves.reject(offered(), SENDER, new RejectOffer("r1", "t-1", null)).refusal())
        .isEqualTo(ErrorCode.WRONG_PARTY);
    StoredTransfer rejected =
        moves.reject(offered(), RECIPIENT, new RejectOffer("r1", "t-1", "no")).value();
    assertThat(rejected.reason()).isEqualTo(TransferReason.DECLINED);
    assertThat(rejected.by()).isEqualTo("acc-MP-1");
    assertThat(rejected.note()).isEqualTo("no");
    assertThat(moves.accept(rejected, RECIPIENT, new AcceptOffer("a1", "t-1", null)).refusal())
        .isEqualTo(ErrorCode.WRONG_TRANSFER_STATE);
    assertThat(moves.cancel(rejected, SENDER, new CancelTransfer("c1", "t-1", null)).refusal())
        .isEqualTo(ErrorCode.WRONG_TRANSFER_STATE);
    assertThat(
            moves.accept(offered(), RECIPIENT, new AcceptOffer("a1", "t-1", List.of(2))).refusal())
        .isEqualTo(ErrorCode.WRONG_TRANSFER_STATE);
  }

  @Test
  void eitherPartyCancelsAndIsNamed() {
    StoredTransfer bySender =
        moves.cancel(offered(), SENDER, new CancelTransfer("c1", "t-1", null)).value();
    assertThat(bySender.state()).isEqualTo(TransferState.CANCELLED);
    assertThat(bySender.by()).isEqualTo("acc-PC-1");
    StoredTransfer byRecipient =
        moves.cancel(offered(), RECIPIENT, new CancelTransfer("c1", "t-1", "later")).value();
    assertThat(byRecipient.by()).isEqualTo("acc-MP-1");
    assertThat(byRecipient.note()).isEqualTo("later");
  }

  @Test
  void resultsCompleteOrFailTheTransferOnceEveryAcceptedFileHasOne() {
    StoredTransfer accepted =
        moves.accept(offered(), RECIPIENT, new AcceptOffer("a1", "t-1", null)).value();
    assertThat(result(accepted, SENDER, 0, FileOutcome.RECEIVED).refusal())
        .isEqualTo(ErrorCode.WRONG_PARTY);
    StoredTransfer one = result(accepted, RECIPIENT, 0, FileOutcome.RECEIVED).value();
    assertThat(one.state()).isEqualTo(TransferState.ACCEPTED);
    assertThat(result(one, RECIPIENT, 0, FileOutcome.RECEIVED).refusal())
        .isEqualTo(ErrorCode.WRONG_TRANSFER_STATE);
    StoredTransfer completed = result(one, RECIPIENT, 1, FileOutcome.RECEIVED).value();
    assertThat(completed.state()).isEqualTo(TransferState.COMPLETED);
    assertThat(completed.reason()).isNull();

    StoredTransfer failed = result(one, RECIPIENT, 1, FileOutcome.HASH_MISMATCH).value();
    assertThat(failed.state()).isEqualTo(TransferState.FAILED);
    assertThat(failed.reason()).isEqualTo(TransferReason.FAILED);
    assertThat(failed.files().get(1).failure()).isEqualTo(FileOutcome.HASH_MISMATCH);
  }

  private Outcome<StoredTransfer> result(
      StoredTransfer transfer, long device, int index, FileOutcome outcome) {
    return moves.fileResult(transfer, device, new FileResult("f1", "t-1", index, outcome, null));
  }
}
