package org.mplp.client.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mplp.client.MplpClient;
import org.mplp.spec.model.ListTransfers;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferState;
import picocli.CommandLine.Command;

/**
 * {@code resume}: goes on with every upload and download this device left unfinished, in any
 * process of the same state directory (spec: Transfers, REQ-XFER-050; Uploading, Downloading).
 */
@Command(
    name = "resume",
    description =
        "Go on with every unfinished upload and download of this device: those of offers it made"
            + " and of offers it accepted, also in a process that was stopped. The server lists"
            + " the open transfers; uploads go on from the server's Upload-Offset, downloads from"
            + " the partial file. A one-shot run ends when the uploads are on the server and the"
            + " downloads are stored (exit 0), when one ended otherwise (1), or after --timeout"
            + " (4). The interactive client and watch do this by themselves at each login.")
final class ResumeCommand extends TransferCommand {

  @Override
  int run(DeviceSession session) throws Exception {
    Io io = session.io();
    MplpClient client = open(session);
    try {
      // The listed frames start the movers of every transfer the journal knows.
      String id = client.nextId();
      client.await(client.request(id, new ListTransfers(id)));
      String self = client.self().address();
      Map<String, Transfer> open = new HashMap<>();
      for (Transfer t : client.await(client.transfers().known())) {
        if (t.state().open()) {
          open.put(t.transferId(), t);
        }
      }
      Map<String, CompletableFuture<Transfer>> waits = new HashMap<>();
      for (String transferId : client.transfers().journaled()) {
        Transfer t = open.get(transferId);
        if (t == null) {
          client.transfers().forget(transferId); // ended, or never accepted: nothing to move
        } else if (t.state() == TransferState.ACCEPTED) {
          waits.put(
              transferId,
              t.from().equals(self)
                  ? client.transfers().uploadedOrEnded(transferId)
                  : client.transfers().finished(transferId));
        }
      }
      if (waits.isEmpty()) {
        io.out().println("Nothing to resume.");
        return ExitCodes.OK;
      }
      if (!session.oneShot()) {
        io.out().println("Resuming " + String.join(", ", waits.keySet()) + ".");
        return ExitCodes.OK;
      }
      return awaitAll(io, waits);
    } finally {
      finish(session, client);
    }
  }

  private int awaitAll(Io io, Map<String, CompletableFuture<Transfer>> waits)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
    int exit = ExitCodes.OK;
    for (String transferId : List.copyOf(waits.keySet())) {
      try {
        Transfer last =
            waits
                .get(transferId)
                .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (last.state().open() || last.state() == TransferState.COMPLETED) {
          io.out().println("resumed " + transferId + ": " + summary(last));
        } else {
          io.err().println("mplp client: transfer " + transferId + " ended " + summary(last));
          exit = ExitCodes.REFUSED;
        }
      } catch (TimeoutException e) {
        io.err()
            .println(
                "mplp client: transfer " + transferId + " did not finish within " + waitSeconds);
        return ExitCodes.TIMED_OUT;
      } catch (ExecutionException e) {
        io.err().println("mplp client: " + e.getCause().getMessage());
        return ExitCodes.UNREACHABLE;
      }
    }
    return exit;
  }

  private static String summary(Transfer t) {
    return t.state().open()
        ? "uploaded, the server holds the bytes"
        : t.state().wireName() + (t.reason() == null ? "" : " (" + t.reason().wireName() + ")");
  }
}
