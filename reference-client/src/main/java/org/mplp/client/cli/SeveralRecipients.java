package org.mplp.client.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mplp.client.MplpClient;
import org.mplp.client.transfers.LocalFiles;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferState;

/**
 * {@code offer} to several devices, or to {@code *} (spec: Several recipients): one transfer per
 * recipient, each answered by its device, the files uploaded once for all. A one-shot run follows
 * every transfer: 0 when each completed (or, with --until-uploaded, each accepted at once is on the
 * server), 1 when one ended otherwise, 4 when time ran out.
 */
final class SeveralRecipients {
  private final OfferCommand command;
  private final DeviceSession session;

  SeveralRecipients(OfferCommand command, DeviceSession session) {
    this.command = command;
    this.session = session;
  }

  int offer(List<String> recipients) throws Exception {
    List<LocalFiles.Entry> files = LocalFiles.of(command.paths);
    MplpClient client = command.open(session);
    try {
      List<Transfer> made =
          client.await(client.transfers().offerToSeveral(recipients, files, command.permission));
      if (!session.oneShot()) {
        return ExitCodes.OK;
      }
      return follow(client, made);
    } finally {
      command.finish(session, client);
    }
  }

  private int follow(MplpClient client, List<Transfer> made) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(command.waitSeconds);
    List<Transfer> last = new ArrayList<>();
    try {
      for (Transfer first : made) {
        // With --until-uploaded, a transfer accepted at once is done once its files are held.
        CompletableFuture<Transfer> end =
            command.untilUploaded && first.state() == TransferState.ACCEPTED
                ? client.transfers().uploadedOrEnded(first.transferId())
                : client.transfers().finished(first.transferId());
        last.add(end.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
    } catch (TimeoutException e) {
      session
          .io()
          .err()
          .println("mplp client: the transfers did not end within " + command.waitSeconds + " s");
      return ExitCodes.TIMED_OUT;
    } catch (ExecutionException e) {
      session.io().err().println("mplp client: " + e.getCause().getMessage());
      return ExitCodes.UNREACHABLE;
    }
    session.settle(client);
    int exit = ExitCodes.OK;
    for (Transfer transfer : last) {
      if (transfer.state() == TransferState.ACCEPTED) {
        session.io().out().println("uploaded " + transfer.transferId() + "; the server holds it");
      } else if (transfer.state() != TransferState.COMPLETED) {
        session
            .io()
            .err()
            .println(
                "mplp client: transfer "
                    + transfer.transferId()
                    + " to "
                    + transfer.to()
                    + " ended "
                    + transfer.state().wireName()
                    + (transfer.reason() == null ? "" : " (" + transfer.reason().wireName() + ")"));
        exit = ExitCodes.REFUSED;
      }
    }
    return exit;
  }
}
