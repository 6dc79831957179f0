package org.mplp.server.transfers.data;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.mplp.server.transfers.DataDirection;
import org.mplp.server.transfers.FileAccess;
import org.mplp.server.transfers.TransferFiles;

/**
 * The transfers of a server that keeps none: no token opens a file (403). Stands in until the
 * transfer service is wired to the data channel.
 */
public enum UnknownTransfers implements TransferFiles {
  INSTANCE;

  @Override
  public CompletionStage<FileAccess> authorize(
      String transferId, int index, String token, DataDirection direction) {
    return CompletableFuture.completedFuture(new FileAccess.Forbidden());
  }

  @Override
  public void uploaded(String transferId, int index, long bytes) {}

  @Override
  public void downloaded(String transferId, int index, long bytes) {}
}
