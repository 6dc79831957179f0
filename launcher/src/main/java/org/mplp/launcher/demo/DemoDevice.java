package org.mplp.launcher.demo;

import java.io.PrintStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.client.transfers.StoredFile;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.Settings;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferState;

/** One of the demo's devices: its client and what arrived at it, for the walkthrough to wait on. */
final class DemoDevice implements ClientListener {
  final String name;
  final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
  final BlockingQueue<Transfer> offers = new LinkedBlockingQueue<>();
  final BlockingQueue<StoredFile> stored = new LinkedBlockingQueue<>();
  final BlockingQueue<Settings> pushedSettings = new LinkedBlockingQueue<>();
  private final PrintStream out;
  private volatile boolean quiet = true;
  MplpClient client;
  java.nio.file.Path receiveDir;

  DemoDevice(String name, PrintStream out) {
    this.name = name;
    this.out = out;
  }

  String address() {
    return client.self().address();
  }

  /**
   * After the walkthrough: say what arrives, and accept every offer, for a user connecting a device
   * of their own; direct transfers are stored too.
   */
  void speakUp() {
    client.transfers().receiveDirectory(receiveDir);
    quiet = false;
  }

  @Override
  public void onMessage(Message message) {
    messages.add(message);
    if (!quiet) {
      out.println("[" + name + "] message from " + message.from() + ": " + message.body());
    }
  }

  @Override
  public void onTransfer(Transfer transfer) {
    if (transfer.state() == TransferState.OFFERED && transfer.to().equals(address())) {
      offers.add(transfer);
      if (!quiet) {
        out.println(
            "["
                + name
                + "] offer "
                + transfer.transferId()
                + " from "
                + transfer.from()
                + ": accepting it into "
                + receiveDir);
        client.transfers().accept(transfer.transferId(), null, receiveDir);
      }
    }
  }

  @Override
  public void onFileStored(StoredFile file) {
    stored.add(file);
    if (!quiet) {
      out.println(
          "[" + name + "] stored " + file.stored() + " (" + file.outcome().wireName() + ")");
    }
  }

  @Override
  public void onSettings(Settings settings) {
    if (settings.replyTo() == null) {
      pushedSettings.add(settings);
    }
  }
}
