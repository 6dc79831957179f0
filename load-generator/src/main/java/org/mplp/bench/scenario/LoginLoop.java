package org.mplp.bench.scenario;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.mplp.bench.client.Connector;
import org.mplp.bench.client.Credential;
import org.mplp.bench.client.Frames;
import org.mplp.bench.client.MplpConnection;
import org.mplp.bench.client.SourceAddresses;
import org.mplp.bench.report.Latency;

/**
 * Logins one after another on new connections, {@code inFlight} at a time (closed loop: this
 * measures how many the server completes, not latency under a fixed rate). Each session ends right
 * after its login-ok: closed, or logged out with its device removed after a password login.
 */
final class LoginLoop {

  private static final MplpConnection.Listener IGNORE = (connection, frame, text) -> {};

  /** After logout: the server's ok means the device is gone, so the connection may go too. */
  private static final MplpConnection.Listener CLOSE_ON_OK =
      (connection, frame, text) -> {
        if (frame.type().equals("ok") || frame.type().equals("error")) {
          connection.close();
        }
      };

  private final Connector connector;
  private final IntFunction<Credential> credentials;
  private final SourceAddresses sources;
  private final int inFlight;
  private final Recorder latency = new Recorder(Latency.HIGHEST_NANOS, 3);
  private final AtomicLong completed = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile boolean running;
  private Thread thread;

  LoginLoop(
      Connector connector,
      IntFunction<Credential> credentials,
      SourceAddresses sources,
      int inFlight) {
    this.connector = connector;
    this.credentials = credentials;
    this.sources = sources;
    this.inFlight = inFlight;
  }

  void start() {
    running = true;
    thread = new Thread(this::loop, "bench-logins");
    thread.start();
  }

  /** Clears the counts and histogram: the measured window starts now. */
  void resetWindow() {
    completed.set(0);
    failed.set(0);
    latency.reset();
  }

  long completed() {
    return completed.get();
  }

  long failed() {
    return failed.get();
  }

  Histogram latency() {
    return latency.getIntervalHistogram();
  }

  void stop() throws InterruptedException {
    running = false;
    thread.join(30_000);
  }

  private void loop() {
    Semaphore permits = new Semaphore(inFlight);
    int index = 0;
    try {
      while (running) {
        if (!permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
          continue;
        }
        Credential credential = credentials.apply(index);
        long began = System.nanoTime();
        MplpConnection connection =
            connector.connect(
                sources.forConnection(index),
                credential,
                credential.device() == null ? CLOSE_ON_OK : IGNORE);
        index++;
        connection
            .loggedIn()
            .whenComplete(
                (ok, failure) -> {
                  if (failure == null) {
                    latency.recordValue(System.nanoTime() - began);
                    completed.incrementAndGet();
                    if (credential.device() == null) {
                      connection.send(Frames.logout(true));
                    } else {
                      connection.close();
                    }
                  } else {
                    failed.incrementAndGet();
                  }
                  permits.release();
                });
      }
      permits.acquire(inFlight);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
