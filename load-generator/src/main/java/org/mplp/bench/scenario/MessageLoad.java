package org.mplp.bench.scenario;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;
import org.mplp.bench.report.Latency;
import org.mplp.bench.report.Machine;

/**
 * Open-loop load over pairs: each pair sends on a fixed schedule whatever the server does, and
 * every latency is measured from the message's intended send time, so a stall shows in full (no
 * coordinated omission). A ticker per event loop sends what is due every millisecond.
 */
public final class MessageLoad {

  private static final long TICK_NANOS = 1_000_000;

  private final List<PairLink> links;
  private final MessageKeys keys = new MessageKeys();
  private final Recorder delivery = new Recorder(Latency.HIGHEST_NANOS, 3);
  private final Recorder acceptance = new Recorder(Latency.HIGHEST_NANOS, 3);

  /** How late the generator itself sent, behind each intended time: its own share of latency. */
  private final Recorder sendLag = new Recorder(Latency.HIGHEST_NANOS, 3);

  private final LongAdder deliveredInWindow = new LongAdder();
  private final LongAdder sentInWindow = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private final LongAdder sentInRun = new LongAdder();
  private final LongAdder deliveredInRun = new LongAdder();
  private volatile long windowStart = Long.MAX_VALUE;
  private volatile long windowEnd = Long.MAX_VALUE;

  public MessageLoad(List<PairLink> links) {
    this.links = List.copyOf(links);
  }

  public MessageKeys keys() {
    return keys;
  }

  /** A recipient got the message with this key; false when the key is not of this run. */
  public boolean delivered(String key, long nowNanos) {
    long intended = keys.intendedNanos(key);
    if (intended < 0) {
      return false;
    }
    deliveredInRun.increment();
    if (intended >= windowStart && intended < windowEnd) {
      delivery.recordValue(Math.max(0, nowNanos - intended));
      deliveredInWindow.increment();
    }
    return true;
  }

  /** The server acknowledged (durably stored) the message with this key. */
  public void accepted(String key, long nowNanos) {
    long intended = keys.intendedNanos(key);
    if (intended >= windowStart && intended < windowEnd) {
      acceptance.recordValue(Math.max(0, nowNanos - intended));
    }
  }

  public void error() {
    errors.increment();
  }

  /**
   * Offers {@code rate} messages per second over all pairs for warmup plus measure seconds, then
   * waits up to {@code drainSeconds} for the window's messages to arrive.
   */
  public StepResult step(int rate, double warmupSeconds, double measureSeconds, double drainSeconds)
      throws InterruptedException {
    long intervalNanos = (long) (links.size() * 1e9 / rate);
    long start = System.nanoTime() + 50_000_000L;
    long measureFrom = start + (long) (warmupSeconds * 1e9);
    long stopAt = measureFrom + (long) (measureSeconds * 1e9);
    delivery.reset();
    acceptance.reset();
    sendLag.reset();
    deliveredInWindow.reset();
    sentInWindow.reset();
    errors.reset();
    windowStart = measureFrom;
    windowEnd = stopAt;
    List<ScheduledFuture<?>> tickers = new ArrayList<>();
    Map<EventLoop, List<Schedule>> byLoop = new IdentityHashMap<>();
    for (int i = 0; i < links.size(); i++) {
      PairLink link = links.get(i);
      long phase = intervalNanos * i / links.size();
      byLoop
          .computeIfAbsent(link.eventLoop(), loop -> new ArrayList<>())
          .add(new Schedule(link, start + phase, intervalNanos));
    }
    for (Map.Entry<EventLoop, List<Schedule>> entry : byLoop.entrySet()) {
      List<Schedule> schedules = entry.getValue();
      tickers.add(
          entry
              .getKey()
              .scheduleAtFixedRate(
                  () -> tick(schedules, stopAt), 0, TICK_NANOS, TimeUnit.NANOSECONDS));
    }
    sleepUntil(stopAt);
    for (ScheduledFuture<?> ticker : tickers) {
      ticker.cancel(false);
    }
    // cancel(false) does not wait for a tick that is running: let every loop finish its own
    // before counting, or a late send could be counted after its delivery.
    for (EventLoop loop : byLoop.keySet()) {
      loop.submit(() -> {}).syncUninterruptibly();
    }
    long sent = sentInWindow.sum();
    long drainUntil = System.nanoTime() + (long) (drainSeconds * 1e9);
    while (deliveredInWindow.sum() < sent && System.nanoTime() < drainUntil) {
      Thread.sleep(20);
    }
    windowStart = Long.MAX_VALUE;
    return new StepResult(
        rate,
        measureSeconds,
        sent,
        deliveredInWindow.sum(),
        errors.sum(),
        delivery.getIntervalHistogram(),
        acceptance.getIntervalHistogram(),
        sendLag.getIntervalHistogram(),
        Machine.loadAverage());
  }

  /**
   * Waits until everything sent so far has arrived, so that a step does not measure the backlog of
   * the one before; false when it did not within the time given.
   */
  public boolean awaitBacklog(double seconds) throws InterruptedException {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    while (deliveredInRun.sum() < sentInRun.sum()) {
      if (System.nanoTime() > until) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  private void tick(List<Schedule> schedules, long stopAt) {
    long now = System.nanoTime();
    for (Schedule schedule : schedules) {
      while (schedule.next <= now && schedule.next < stopAt) {
        if (schedule.next >= windowStart) {
          sentInWindow.increment();
          sendLag.recordValue(Math.max(0, now - schedule.next));
        }
        sentInRun.increment();
        schedule.link.send(keys.key(schedule.next));
        schedule.next += schedule.interval;
      }
    }
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left;
    while ((left = nanoTime - System.nanoTime()) > 0) {
      TimeUnit.NANOSECONDS.sleep(Math.min(left, 100_000_000L));
    }
  }

  /** A pair's next intended send time; touched only on its event loop. */
  private static final class Schedule {
    final PairLink link;
    final long interval;
    long next;

    Schedule(PairLink link, long first, long interval) {
      this.link = link;
      this.next = first;
      this.interval = interval;
    }
  }
}
