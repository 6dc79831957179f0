package org.mplp.client.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mplp.client.MplpClient;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferState;
import picocli.CommandLine.Option;

/** A one-shot command that follows a transfer to its end, showing progress meanwhile. */
abstract class TransferCommand extends DeviceCommand {
  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description = "how long to wait for the transfer to end (default: ${DEFAULT-VALUE})")
  int waitSeconds;

  TransferPrinter printer;

  /** The device, logged in, printing transfers as they come; direct transfers are stored. */
  MplpClient open(Io io) throws Exception {
    printer = new TransferPrinter(io, connection.json);
    MplpClient client = registered(printer);
    printer.client.set(client);
    client.transfers().receiveDirectory(connection.receiveDir());
    try {
      client.resume();
      return client;
    } catch (Exception e) {
      client.close();
      throw e;
    }
  }

  /** Waits for the end; 0 when completed, 1 when it ended otherwise, 4 when time ran out. */
  int followToEnd(Io io, MplpClient client, Transfer first) throws InterruptedException {
    if (!first.state().open()) {
      return exitFor(io, first);
    }
    try {
      Transfer last =
          client.transfers().finished(first.transferId()).get(waitSeconds, TimeUnit.SECONDS);
      client.settle();
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

  void finish(MplpClient client) {
    if (printer != null) {
      printer.close();
    }
    client.close();
  }
}
