package org.mplp.launcher.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.mplp.bench.server.BenchLimits;
import org.mplp.bench.server.MemorySample;
import org.mplp.bench.server.ResidentMemory;
import org.mplp.server.MplpServer;
import org.mplp.server.ServerConfig;

/**
 * The reference server in its own JVM for the bench, driven over stdin and stdout by the load
 * generator's {@code ServerProcess}: prints {@code listening <uri>}, then answers {@code heap} with
 * the heap in use after a full GC and the process's resident size, {@code sample} with {@link
 * MemorySample#now()} (no forced GC), and stops on {@code stop} or end of input.
 */
public final class BenchServerMain {

  private BenchServerMain() {}

  public static void main(String[] args) throws Exception {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "org/mplp/bench/logback-bench.xml");
    }
    Path dataDir = Path.of(args[0]);
    try (MplpServer server = MplpServer.start(config(dataDir, 0))) {
      System.out.println("listening " + server.controlUri());
      System.out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null && !line.equals("stop")) {
        if (line.equals("heap")) {
          System.out.println("heap " + heapAfterGc() + " " + ResidentMemory.ofSelf());
          System.out.flush();
        } else if (line.equals("sample")) {
          System.out.println("sample " + MemorySample.now().encode());
          System.out.flush();
        }
      }
    }
  }

  /** A bench server's configuration: loopback, provisioning on, limits for load. */
  public static ServerConfig config(Path dataDir, int port) {
    return ServerConfig.defaults()
        .withPort(port)
        .withDataDir(dataDir)
        .withProvisioning(true)
        .withLimits(BenchLimits.forLoad());
  }

  /** Used heap after collections have settled: a few full GCs until the figure stops falling. */
  static long heapAfterGc() throws InterruptedException {
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(200);
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (used >= previous) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
