package org.mplp.bench.files;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Moves one accepted file through the relay: the upload and the download start together, each on
 * its own thread, so the download follows the upload as the server sends bytes as they arrive.
 * Times run from the common start to the end of each side.
 */
public final class FileRelay {

  private final DataRequests requests;
  private final AtomicLong uploaded = new AtomicLong();
  private final AtomicLong downloaded = new AtomicLong();

  public FileRelay(DataRequests requests) {
    this.requests = requests;
  }

  public AtomicLong uploaded() {
    return uploaded;
  }

  public AtomicLong downloaded() {
    return downloaded;
  }

  /** Status codes, download checksum, and seconds from the start to each side's end. */
  public record Outcome(
      int putStatus,
      DataRequests.Download download,
      double uploadSeconds,
      double downloadSeconds) {}

  public Outcome run(TransferParties.Accepted transfer, GeneratedBytes bytes)
      throws IOException, InterruptedException {
    String path = "/transfers/" + transfer.transferId() + "/0";
    ExecutorService sides = Executors.newFixedThreadPool(2);
    try {
      long start = System.nanoTime();
      Future<long[]> put =
          sides.submit(
              () -> {
                int status = requests.put(path, transfer.uploadToken(), bytes, uploaded);
                return new long[] {status, System.nanoTime()};
              });
      Future<Object[]> get =
          sides.submit(
              () -> {
                DataRequests.Download d = requests.get(path, transfer.downloadToken(), downloaded);
                return new Object[] {d, System.nanoTime()};
              });
      long[] putDone = put.get();
      Object[] getDone = get.get();
      return new Outcome(
          (int) putDone[0],
          (DataRequests.Download) getDone[0],
          (putDone[1] - start) / 1e9,
          ((Long) getDone[1] - start) / 1e9);
    } catch (ExecutionException e) {
      throw new IOException("the relay failed: " + e.getCause(), e.getCause());
    } finally {
      sides.shutdownNow();
    }
  }
}
