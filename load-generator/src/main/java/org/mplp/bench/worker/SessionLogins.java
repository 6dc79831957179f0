package org.mplp.bench.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;
import org.mplp.bench.client.Connector;
import org.mplp.bench.client.MplpConnection;
import org.mplp.bench.client.SourceAddresses;
import org.mplp.bench.fleet.FleetDevice;
import org.mplp.bench.report.Latency;

/**
 * Logs in many devices with their credentials, at most {@code inFlight} at a time, and keeps the
 * sessions open. Each login's latency runs from the moment it was started.
 */
public final class SessionLogins {

  private static final MplpConnection.Listener IDLE = (connection, frame, text) -> {};

  private final List<MplpConnection> open = new ArrayList<>();
  private final Recorder latency = new Recorder(Latency.HIGHEST_NANOS, 3);
  private final AtomicLong failures = new AtomicLong();
  private final ConcurrentLinkedQueue<String> firstFailures = new ConcurrentLinkedQueue<>();
  private long elapsedNanos;

  /** Blocks the calling thread (never an event loop) until every login has ended. */
  public void run(
      Connector connector, List<FleetDevice> devices, SourceAddresses sources, int inFlight)
      throws InterruptedException {
    Semaphore permits = new Semaphore(inFlight);
    CountDownLatch done = new CountDownLatch(devices.size());
    long start = System.nanoTime();
    for (int i = 0; i < devices.size(); i++) {
      permits.acquire();
      long began = System.nanoTime();
      MplpConnection connection =
          connector.connect(sources.forConnection(i), devices.get(i).loginCredential(), IDLE);
      open.add(connection);
      connection
          .loggedIn()
          .whenComplete(
              (ok, failure) -> {
                if (failure == null) {
                  latency.recordValue(System.nanoTime() - began);
                } else {
                  failures.incrementAndGet();
                  if (firstFailures.size() < 5) {
                    firstFailures.add(String.valueOf(failure));
                  }
                }
                permits.release();
                done.countDown();
              });
    }
    done.await(10, TimeUnit.MINUTES);
    elapsedNanos = System.nanoTime() - start;
  }

  public long loggedIn() {
    return open.stream()
        .filter(
            c ->
                c.loggedIn().isDone()
                    && !c.loggedIn().isCompletedExceptionally()
                    && c.channel().isActive())
        .count();
  }

  public long failures() {
    return failures.get();
  }

  public List<String> firstFailures() {
    return List.copyOf(firstFailures);
  }

  public long elapsedNanos() {
    return elapsedNanos;
  }

  public org.HdrHistogram.Histogram latency() {
    return latency.getIntervalHistogram();
  }

  public void closeAll() {
    for (MplpConnection connection : open) {
      connection.close();
    }
  }
}
