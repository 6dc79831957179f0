package org.mplp.bench.server;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * The server's memory at one moment, read without forcing a collection so that sampling does not
 * disturb a running transfer: heap in use, heap in use after the most recent GC, NIO direct buffers
 * (where Netty keeps the bytes it moves) and resident size. Bytes; -1 where not known.
 */
public record MemorySample(long heapUsed, long heapAfterLastGc, long direct, long resident) {

  public static MemorySample now() {
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return new MemorySample(used, heapAfterMostRecentGc(), directBytes(), ResidentMemory.ofSelf());
  }

  /** The heap after whichever collector ran last, summed over its pools. */
  private static long heapAfterMostRecentGc() {
    GcInfo latest = null;
    for (java.lang.management.GarbageCollectorMXBean bean :
        ManagementFactory.getGarbageCollectorMXBeans()) {
      if (bean instanceof GarbageCollectorMXBean gc) {
        GcInfo info = gc.getLastGcInfo();
        if (info != null && (latest == null || info.getEndTime() > latest.getEndTime())) {
          latest = info;
        }
      }
    }
    if (latest == null) {
      return -1;
    }
    long sum = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage after = latest.getMemoryUsageAfterGc().get(pool.getName());
      if (after != null && pool.getType() == java.lang.management.MemoryType.HEAP) {
        sum += after.getUsed();
      }
    }
    return sum;
  }

  /** JDK direct buffers plus those Netty allocates without a cleaner (counted only by Netty). */
  private static long directBytes() {
    long netty = Math.max(0, io.netty.util.internal.PlatformDependent.usedDirectMemory());
    for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
      if (pool.getName().equals("direct")) {
        return pool.getMemoryUsed() + netty;
      }
    }
    return netty;
  }

  /** The line the bench server prints after {@code sample}. */
  public String encode() {
    return heapUsed + " " + heapAfterLastGc + " " + direct + " " + resident;
  }

  static MemorySample decode(String text) {
    String[] f = text.trim().split(" ");
    return new MemorySample(
        Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
  }
}
