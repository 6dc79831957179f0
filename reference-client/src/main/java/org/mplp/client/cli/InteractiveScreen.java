package org.mplp.client.cli;

import java.io.PrintStream;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.client.transfers.StoredFile;
import org.mplp.client.transfers.TransferProgressEvent;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.Settings;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferState;
import org.mplp.spec.model.Undeliverable;

/**
 * The interactive client's screen: everything that arrives, shown as it comes. A session that ends
 * for good ends the client.
 */
final class InteractiveScreen implements ClientListener {
  private final Io io;
  private final ProgressBars bars;
  private final InteractiveSession session;
  private volatile String fatalCode;

  /**
   * @param io where text goes (above the line being edited, on a terminal)
   * @param barsTo where progress bars go: the terminal itself, since they redraw their line
   */
  InteractiveScreen(Io io, PrintStream barsTo, InteractiveSession session) {
    this.io = io;
    this.bars = new ProgressBars(barsTo);
    this.session = session;
  }

  @Override
  public void onMessage(Message message) {
    io.out()
        .println(
            Render.message(message, session.client() == null ? null : session.client().contacts()));
  }

  @Override
  public void onDeviceEvent(DeviceEvent event) {
    String line = Render.event(event);
    MplpClient client = session.client();
    if (event.event() == DeviceEventKind.ADDED && client != null) {
      var number = client.contacts().number(event.device().address());
      if (number.isPresent()) {
        line += " (/to " + number.getAsInt() + ")";
      }
    }
    io.out().println(line);
  }

  @Override
  public void onDelivered(Delivered delivered) {
    io.out().println(Render.delivered(delivered));
  }

  @Override
  public void onUndeliverable(Undeliverable undeliverable) {
    io.out().println(Render.undeliverable(undeliverable));
  }

  @Override
  public void onTransfer(Transfer transfer) {
    MplpClient client = session.client();
    String self = client == null ? "" : client.self().address();
    io.out().println(TransferRender.transfer(transfer, self));
    if (transfer.to().equals(self) && transfer.state() == TransferState.OFFERED) {
      session.offerShown(transfer.transferId());
      io.out().println("? accept with /accept, or /reject [--note TEXT]");
    }
  }

  @Override
  public void onTransferProgress(TransferProgressEvent progress) {
    bars.show(progress);
  }

  @Override
  public void onFileStored(StoredFile file) {
    io.out().println(TransferRender.stored(file));
  }

  @Override
  public void onTransferFailure(String transferId, int index, String problem) {
    io.out().println("! file " + index + " of " + transferId + ": " + problem);
  }

  @Override
  public void onSettings(Settings settings) {
    if (settings.replyTo() == null) {
      io.out().println("* " + TransferRender.settings(settings));
    }
  }

  @Override
  public void onServerError(ErrorFrame error) {
    if (error.fatal()) {
      fatalCode = error.code();
    }
    Failures.refused(io, false, error);
  }

  /** A session that ends for good ends the client: refused (1) or cut off (3). */
  @Override
  public void onDisconnected(String reason, boolean reconnecting) {
    if (reconnecting) {
      io.out().println("! " + reason + "; reconnecting...");
      return;
    }
    io.err().println("mplp client: the session has ended (" + reason + "); quitting.");
    session.endedForGood(fatalCode != null);
  }

  @Override
  public void onReconnected(Device self) {
    io.out().println("! reconnected as " + self.address());
  }
}
