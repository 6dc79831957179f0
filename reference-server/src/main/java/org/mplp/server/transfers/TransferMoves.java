package org.mplp.server.transfers;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mplp.server.session.Outcome;
import org.mplp.spec.model.AcceptOffer;
import org.mplp.spec.model.CancelTransfer;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.FileOutcome;
import org.mplp.spec.model.FileResult;
import org.mplp.spec.model.FileState;
import org.mplp.spec.model.RejectOffer;
import org.mplp.spec.model.TransferReason;
import org.mplp.spec.model.TransferState;

/**
 * What a party's frame does to a transfer it takes part in (REQ-XFER-013 to 019, 024 to 026): the
 * transfer's next state, or why the frame is refused. Decides only; nothing here is stored.
 */
final class TransferMoves {

  private final Tokens tokens;
  private final Clock clock;
  private final Duration transferLifetime;

  TransferMoves(Tokens tokens, Clock clock, Duration transferLifetime) {
    this.tokens = tokens;
    this.clock = clock;
    this.transferLifetime = transferLifetime;
  }

  Outcome<StoredTransfer> accept(StoredTransfer transfer, long self, AcceptOffer accept) {
    Outcome<StoredTransfer> refused = answerable(transfer, self);
    if (refused != null) {
      return refused;
    }
    List<Integer> named = accept.files();
    if (named != null) {
      for (int index : named) {
        if (index >= transfer.files().size()) {
          return Outcome.refused(
              ErrorCode.WRONG_TRANSFER_STATE, "the transfer has no file " + index + " to accept");
        }
      }
    }
    List<StoredFile> files = new ArrayList<>();
    for (StoredFile file : transfer.files()) {
      boolean taken = named == null || named.contains(file.index());
      files.add(
          taken
              ? file.accepted(tokens.token(), tokens.token())
              : file.inState(FileState.DECLINED, null));
    }
    return Outcome.done(
        transfer
            .withFiles(files)
            .withState(TransferState.ACCEPTED, Timestamps.now(clock).plus(transferLifetime)));
  }

  Outcome<StoredTransfer> reject(StoredTransfer transfer, long self, RejectOffer reject) {
    Outcome<StoredTransfer> refused = answerable(transfer, self);
    if (refused != null) {
      return refused;
    }
    List<StoredFile> files =
        transfer.files().stream().map(file -> file.inState(FileState.DECLINED, null)).toList();
    return Outcome.done(
        transfer
            .withFiles(files)
            .withNote(reject.note())
            .ended(
                TransferState.REJECTED, TransferReason.DECLINED, transfer.recipient().toString()));
  }

  Outcome<StoredTransfer> cancel(StoredTransfer transfer, long self, CancelTransfer cancel) {
    if (!transfer.state().open()) {
      return ended(transfer);
    }
    String by = (transfer.senderId() == self ? transfer.sender() : transfer.recipient()).toString();
    return Outcome.done(
        transfer
            .withNote(cancel.note())
            .ended(TransferState.CANCELLED, TransferReason.CANCELLED, by));
  }

  Outcome<StoredTransfer> fileResult(StoredTransfer transfer, long self, FileResult result) {
    if (transfer.recipientId() != self) {
      return wrongParty();
    }
    int index = result.index();
    if (transfer.state() != TransferState.ACCEPTED
        || index >= transfer.files().size()
        || transfer.files().get(index).state() != FileState.ACCEPTED) {
      return Outcome.refused(
          ErrorCode.WRONG_TRANSFER_STATE, "file " + index + " is not accepted in an open transfer");
    }
    List<StoredFile> files = new ArrayList<>(transfer.files());
    StoredFile file = files.get(index);
    files.set(
        index,
        result.result() == FileOutcome.RECEIVED
            ? file.inState(FileState.RECEIVED, null)
            : file.inState(FileState.FAILED, result.result()));
    StoredTransfer after = transfer.withFiles(files);
    return Outcome.done(concluded(after));
  }

  /** Every accepted file has a result: completed when all arrived, else failed (REQ-XFER-025). */
  private static StoredTransfer concluded(StoredTransfer transfer) {
    boolean waiting = false;
    boolean failed = false;
    for (StoredFile file : transfer.files()) {
      waiting |= file.state() == FileState.ACCEPTED;
      failed |= file.state() == FileState.FAILED;
    }
    if (waiting) {
      return transfer;
    }
    return failed
        ? transfer.ended(TransferState.FAILED, TransferReason.FAILED, null)
        : transfer.ended(TransferState.COMPLETED, null, null);
  }

  /** Only the recipient answers, and only an offered transfer (REQ-XFER-016, 017). */
  private static Outcome<StoredTransfer> answerable(StoredTransfer transfer, long self) {
    if (transfer.recipientId() != self) {
      return wrongParty();
    }
    if (transfer.state() != TransferState.OFFERED) {
      return ended(transfer);
    }
    return null;
  }

  private static Outcome<StoredTransfer> wrongParty() {
    return Outcome.refused(ErrorCode.WRONG_PARTY, "only the transfer's recipient may do that");
  }

  private static Outcome<StoredTransfer> ended(StoredTransfer transfer) {
    return Outcome.refused(
        ErrorCode.WRONG_TRANSFER_STATE, "the transfer is " + transfer.state().wireName());
  }
}
