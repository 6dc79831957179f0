package org.mplp.client.cli;

import java.util.concurrent.atomic.AtomicReference;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.client.transfers.StoredFile;
import org.mplp.client.transfers.TransferProgressEvent;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Settings;
import org.mplp.spec.model.Transfer;

/**
 * What the one-shot transfer commands show as it happens: transfer frames and stored files on
 * stdout (as JSON with --json), progress bars on stderr.
 */
class TransferPrinter implements ClientListener {
  final Io io;
  final boolean json;
  final AtomicReference<MplpClient> client = new AtomicReference<>();
  private final ProgressBars bars;

  TransferPrinter(Io io, boolean json) {
    this.io = io;
    this.json = json;
    this.bars = new ProgressBars(io.err());
  }

  String self() {
    MplpClient c = client.get();
    return c == null || c.self() == null ? "" : c.self().address();
  }

  @Override
  public void onTransfer(Transfer transfer) {
    if (json) {
      JsonOut.printFrame(io.out(), transfer);
    } else {
      io.out().println(TransferRender.transfer(transfer, self()));
    }
  }

  @Override
  public void onTransferProgress(TransferProgressEvent progress) {
    bars.show(progress);
  }

  @Override
  public void onFileStored(StoredFile file) {
    if (json) {
      JsonOut.print(io.out(), TransferRender.storedJson(file));
    } else {
      io.out().println(TransferRender.stored(file));
    }
  }

  @Override
  public void onTransferFailure(String transferId, int index, String problem) {
    io.err().println("mplp client: file " + index + " of " + transferId + ": " + problem);
  }

  @Override
  public void onSettings(Settings settings) {
    if (settings.replyTo() == null && !json) {
      io.out().println("* " + TransferRender.settings(settings));
    }
  }

  @Override
  public void onServerError(ErrorFrame error) {
    Failures.refused(io, json, error);
  }

  void close() {
    bars.closeAll();
  }
}
