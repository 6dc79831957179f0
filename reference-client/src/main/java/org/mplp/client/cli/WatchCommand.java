package org.mplp.client.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.client.contacts.ContactList;
import org.mplp.client.transfers.StoredFile;
import org.mplp.client.transfers.TransferProgressEvent;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.Settings;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.Undeliverable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code watch}: prints messages, device events and receipts as they arrive, acknowledging every
 * message it prints, until --count messages came or --timeout passed.
 */
@Command(
    name = "watch",
    description =
        "Print arriving messages, device events, receipts and transfers (storing direct ones in"
            + " the receive folder) until --count messages or --timeout"
            + " seconds (exit 4 when --count was not reached in time).")
final class WatchCommand extends DeviceCommand {
  @Option(
      names = "--count",
      paramLabel = "N",
      description = "stop after N messages (events and receipts are printed, not counted)")
  Integer count;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "stop after SECONDS (default: when --count is reached, or never)")
  Integer seconds;

  @Override
  int run(DeviceSession session) throws Exception {
    Io io = session.io();
    boolean json = session.json();
    if (count != null && count < 1 || seconds != null && seconds < 1) {
      throw new UsageException("--count and --timeout take positive numbers");
    }
    CountDownLatch messages = new CountDownLatch(count == null ? Integer.MAX_VALUE : count);
    // Completes early when the session ends for good: refused (1) or cut off (3).
    CompletableFuture<Integer> ended = new CompletableFuture<>();
    AtomicReference<String> fatal = new AtomicReference<>();
    AtomicReference<ContactList> contacts = new AtomicReference<>();
    // Transfers and settings are shown as the transfer commands show them.
    AtomicReference<TransferPrinter> transfers =
        new AtomicReference<>(new TransferPrinter(io, json));
    MplpClient client =
        session.open(
            new ClientListener() {
              @Override
              public void onMessage(Message message) {
                show(io, json, message, Render.message(message, contacts.get()));
                messages.countDown();
                if (messages.getCount() == 0) {
                  ended.complete(ExitCodes.OK);
                }
              }

              @Override
              public void onDeviceEvent(DeviceEvent event) {
                show(io, json, event, Render.event(event));
              }

              @Override
              public void onDelivered(Delivered delivered) {
                show(io, json, delivered, Render.delivered(delivered));
              }

              @Override
              public void onUndeliverable(Undeliverable undeliverable) {
                show(io, json, undeliverable, Render.undeliverable(undeliverable));
              }

              @Override
              public void onServerError(ErrorFrame error) {
                if (error.fatal()) {
                  fatal.set(error.code());
                }
                Failures.refused(io, json, error);
              }

              @Override
              public void onDisconnected(String reason, boolean reconnecting) {
                io.err().println("mplp client: " + reason + (reconnecting ? "; reconnecting" : ""));
                if (!reconnecting) {
                  ended.complete(fatal.get() != null ? ExitCodes.REFUSED : ExitCodes.UNREACHABLE);
                }
              }

              @Override
              public void onTransfer(Transfer transfer) {
                transfers.get().onTransfer(transfer);
              }

              @Override
              public void onTransferProgress(TransferProgressEvent progress) {
                transfers.get().onTransferProgress(progress);
              }

              @Override
              public void onFileStored(StoredFile file) {
                transfers.get().onFileStored(file);
              }

              @Override
              public void onSettings(Settings settings) {
                transfers.get().onSettings(settings);
              }

              @Override
              public void onReconnected(Device self) {
                io.err().println("mplp client: reconnected as " + self.address());
              }
            },
            prepared -> {
              contacts.set(prepared.contacts());
              transfers.get().client.set(prepared);
              prepared.transfers().receiveDirectory(session.receiveDir());
            });
    try {
      if (!json) {
        io.err().println("Watching as " + client.self().address() + " ...");
      }
      int exit;
      try {
        exit = seconds == null ? ended.get() : ended.get(seconds, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        exit = count == null ? ExitCodes.OK : ExitCodes.TIMED_OUT;
      }
      if (exit == ExitCodes.OK) {
        session.settle(client);
      }
      return exit;
    } finally {
      session.release(client);
    }
  }

  private static void show(Io io, boolean json, Frame frame, String text) {
    if (json) {
      JsonOut.printFrame(io.out(), frame);
    } else {
      io.out().println(text);
    }
  }
}
