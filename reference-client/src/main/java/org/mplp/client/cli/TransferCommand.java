package org.mplp.client.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mplp.client.MplpClient;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferState;
import picocli.CommandLine.Option;

/**
 * A command about a transfer. A one-shot run follows the transfer to its end, showing progress
 * meanwhile; in the interactive client it returns at once, and the screen shows the rest.
 */
abstract class TransferCommand extends DeviceCommand {
  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description =
          "how long a one-shot run waits for the transfer to end (default: ${DEFAULT-VALUE})")
  int waitSeconds;

  private TransferPrinter printer;

  /** The device, logged in, printing transfers as they come; direct transfers are stored. */
  MplpClient open(DeviceSession session) throws Exception {
    printer = new TransferPrinter(session.io(), session.json());
    return session.open(
        printer,
        client -> {
          printer.client.set(client);
          client.transfers().receiveDirectory(session.receiveDir());
        });
  }

  /** The transfer id given, or else the last offer the interactive client showed. */
  static String orLastOffer(DeviceSession session, String transferId) throws UsageException {
    if (transferId != null) {
      return transferId;
    }
    return session
        .lastOffer()
        .orElseThrow(
            () ->
                new UsageException(
                    session.oneShot()
                        ? "give the TRANSFER_ID"
                        : "no offer to answer yet; give the TRANSFER_ID"));
  }

  /**
   * A one-shot run waits for the end: 0 when completed, 1 when it ended otherwise, 4 when time ran
   * out. The interactive client goes on at once.
   */
  int followToEnd(DeviceSession session, MplpClient client, Transfer first)
      throws InterruptedException {
    if (!session.oneShot()) {
      return ExitCodes.OK;
    }
    Io io = session.io();
    if (!first.state().open()) {
      return exitFor(io, first);
    }
    try {
      Transfer last =
          client.transfers().finished(first.transferId()).get(waitSeconds, TimeUnit.SECONDS);
      session.settle(client);
      return exitFor(io, last);
    } catch (TimeoutException e) {
      io.err()
          .println(
              "mplp client: transfer "
                  + first.transferId()
                  + " did not end within "
                  + waitSeconds
                  + " s");
      return ExitCodes.TIMED_OUT;
    } catch (ExecutionException e) {
      io.err().println("mplp client: " + e.getCause().getMessage());
      return ExitCodes.UNREACHABLE;
    }
  }

  private static int exitFor(Io io, Transfer last) {
    if (last.state() == TransferState.COMPLETED) {
      return ExitCodes.OK;
    }
    io.err()
        .println(
            "mplp client: transfer "
                + last.transferId()
                + " ended "
                + last.state().wireName()
                + (last.reason() == null ? "" : " (" + last.reason().wireName() + ")"));
    return ExitCodes.REFUSED;
  }

  void finish(DeviceSession session, MplpClient client) {
    if (printer != null) {
      printer.close();
    }
    session.release(client);
  }
}
