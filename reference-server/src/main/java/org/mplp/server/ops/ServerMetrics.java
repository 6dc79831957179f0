package org.mplp.server.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.mplp.server.store.CommitObserver;

/**
 * What an operator watches, in the Prometheus format through Micrometer: sessions and connections
 * open, frames by type each way (messages a second are the rate of {@code
 * mplp_frames_sent_total{type="message"}}), the store's queue and commit latency, and the bytes the
 * spool holds.
 */
public final class ServerMetrics implements FrameMeter, CommitObserver {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<String, Counter> received = new ConcurrentHashMap<>();
  private final Map<String, Counter> sent = new ConcurrentHashMap<>();
  private final Timer commits;

  /**
   * @param sessions devices online
   * @param connections TCP connections open, HTTP and control channels
   * @param storeQueue durable writes waiting for their group commit
   * @param spool the directory of the bytes of files in transfer
   */
  public ServerMetrics(
      IntSupplier sessions, IntSupplier connections, IntSupplier storeQueue, Path spool) {
    Gauge.builder("mplp.sessions", sessions::getAsInt)
        .description("Devices logged in")
        .register(registry);
    Gauge.builder("mplp.connections", connections::getAsInt)
        .description("TCP connections open, HTTP and control channels together")
        .register(registry);
    Gauge.builder("mplp.store.queue", storeQueue::getAsInt)
        .description("Durable writes waiting for their group commit")
        .register(registry);
    Gauge.builder("mplp.spool.bytes", () -> bytesUnder(spool))
        .description("Bytes of files in transfer held on disk")
        .baseUnit("bytes")
        .register(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    commits =
        Timer.builder("mplp.store.commit")
            .description("Time to commit one group of durable writes, sync to disk included")
            .publishPercentileHistogram()
            .register(registry);
  }

  @Override
  public void received(String type) {
    received.computeIfAbsent(type, t -> counter("mplp.frames.received", t)).increment();
  }

  @Override
  public void sent(String type) {
    sent.computeIfAbsent(type, t -> counter("mplp.frames.sent", t)).increment();
  }

  @Override
  public void committed(int writes, long nanos) {
    commits.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** The metrics as Prometheus text (version 0.0.4). */
  public String scrape() {
    return registry.scrape();
  }

  private Counter counter(String name, String type) {
    return Counter.builder(name).tag("type", type).register(registry);
  }

  /** Walks the spool; runs on the admin thread at a scrape, never on an event loop. */
  private static double bytesUnder(Path directory) {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(ServerMetrics::sizeOf).sum();
    } catch (IOException | UncheckedIOException e) {
      return Double.NaN;
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      // A file discarded while the walk ran holds nothing.
      return 0;
    }
  }
}
