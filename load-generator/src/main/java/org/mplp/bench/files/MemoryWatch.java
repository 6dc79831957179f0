package org.mplp.bench.files;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.mplp.bench.server.MemorySample;
import org.mplp.bench.server.ServerProcess;

/**
 * Samples the local server's memory while a transfer runs, with the bytes moved so far, so that the
 * results show memory against progress: a server that buffered the file would grow with it.
 */
final class MemoryWatch implements AutoCloseable {

  private final ServerProcess server;
  private final AtomicLong uploaded;
  private final AtomicLong downloaded;
  private final long intervalMillis;
  private final long start = System.nanoTime();
  private final ArrayNode samples = JsonNodeFactory.instance.arrayNode();
  private final Thread thread;
  private volatile boolean running = true;
  private long maxHeapAfterGc = -1;
  private long maxDirect = -1;
  private long maxResident = -1;
  private volatile IOException failure;

  MemoryWatch(ServerProcess server, AtomicLong uploaded, AtomicLong downloaded, long intervalMs) {
    this.server = server;
    this.uploaded = uploaded;
    this.downloaded = downloaded;
    this.intervalMillis = intervalMs;
    this.thread = new Thread(this::loop, "bench-memory-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    try {
      while (running) {
        sampleOnce();
        Thread.sleep(intervalMillis);
      }
    } catch (IOException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void sampleOnce() throws IOException {
    MemorySample m = server.sample();
    ObjectNode s = samples.addObject();
    s.put("seconds", Math.round((System.nanoTime() - start) / 1e6) / 1e3);
    s.put("uploaded", uploaded.get());
    s.put("downloaded", downloaded.get());
    s.put("heapUsed", m.heapUsed());
    s.put("heapAfterLastGc", m.heapAfterLastGc());
    s.put("direct", m.direct());
    s.put("resident", m.resident());
    maxHeapAfterGc = Math.max(maxHeapAfterGc, m.heapAfterLastGc());
    maxDirect = Math.max(maxDirect, m.direct());
    maxResident = Math.max(maxResident, m.resident());
  }

  synchronized ArrayNode samples() {
    return samples.deepCopy();
  }

  synchronized long maxHeapAfterGc() {
    return maxHeapAfterGc;
  }

  synchronized long maxDirect() {
    return maxDirect;
  }

  synchronized long maxResident() {
    return maxResident;
  }

  @Override
  public void close() throws IOException {
    running = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw failure;
    }
    sampleOnce();
  }
}
