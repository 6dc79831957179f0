package org.mplp.bench.scenario;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.mplp.bench.BenchContext;
import org.mplp.bench.fleet.FleetBuilder;
import org.mplp.bench.report.Latency;
import org.mplp.bench.report.Machine;
import org.mplp.bench.report.Results;
import org.mplp.bench.server.ServerProcess;
import org.mplp.bench.worker.HistogramText;
import org.mplp.bench.worker.SessionsWorkerMain;
import org.mplp.bench.worker.WorkerProcess;

/**
 * Many idle logged-in device sessions held by one server: how long all the device-credential logins
 * take from several worker processes at once, and the server's heap per idle session after GC.
 */
public final class SessionsScenario {

  /** Sessions, devices per account, sessions per worker process, logins in flight per worker. */
  public record Options(int sessions, int devicesPerAccount, int perWorker, int inFlight) {}

  private SessionsScenario() {}

  public static void run(BenchContext context, Options options, Results results) throws Exception {
    int accounts =
        (options.sessions() + options.devicesPerAccount() - 1) / options.devicesPerAccount();
    new FleetBuilder(context.target(), context.log())
        .ensure(
            context.fleetFile("sessions-" + accounts + "x" + options.devicesPerAccount()),
            accounts,
            options.devicesPerAccount());
    results.root().put("server", context.serverDescription());
    ServerProcess server = context.localServer();
    long[] before = server == null ? null : server.heapAndResident();
    int sessions = options.sessions();
    List<WorkerProcess> workers = new ArrayList<>();
    try {
      for (int from = 0, w = 0; from < sessions; from += options.perWorker(), w++) {
        int to = Math.min(sessions, from + options.perWorker());
        workers.add(
            WorkerProcess.start(
                SessionsWorkerMain.class,
                List.of("-Xmx1g"),
                List.of(
                    context.target().toString(),
                    context
                        .fleetFile("sessions-" + accounts + "x" + options.devicesPerAccount())
                        .toString(),
                    Integer.toString(from),
                    Integer.toString(to),
                    Integer.toString(2 + w),
                    Integer.toString(options.inFlight()))));
      }
      for (WorkerProcess worker : workers) {
        worker.expect("ready");
      }
      context
          .log()
          .printf("bench: %d logins from %d worker processes...%n", sessions, workers.size());
      long start = System.nanoTime();
      for (WorkerProcess worker : workers) {
        worker.send("go");
      }
      long loggedIn = 0;
      long failed = 0;
      long slowestNanos = 0;
      Histogram latency = Latency.newHistogram();
      for (WorkerProcess worker : workers) {
        String[] done = worker.expect("done ").split(" ");
        loggedIn += Long.parseLong(done[1]);
        failed += Long.parseLong(done[2]);
        slowestNanos = Math.max(slowestNanos, Long.parseLong(done[3]));
        latency.add(HistogramText.decode(done[4]));
      }
      double allInSeconds = (System.nanoTime() - start) / 1e9;
      context
          .log()
          .printf(
              "  %d logged in, %d failed, in %.1f s; load %s%n",
              loggedIn, failed, allInSeconds, Machine.loadAverage());
      Thread.sleep(2_000);
      long held = 0;
      for (WorkerProcess worker : workers) {
        worker.send("count");
        held += Long.parseLong(worker.expect("count ").split(" ")[1]);
      }
      results.root().put("sessions", sessions);
      results.root().put("workerProcesses", workers.size());
      results.root().put("loggedIn", loggedIn);
      results.root().put("failed", failed);
      results.root().put("heldAfterLogin", held);
      results.root().put("allLoggedInSeconds", Latency.round(allInSeconds));
      results.root().set("loginLatency", Latency.summary(latency));
      results.target(
          "sessions held by one server", ">= 19,000", Long.toString(held), held >= 19_000);
      results.target(
          "all logged in (device credentials)",
          "<= 30 s",
          String.format("%.1f s", allInSeconds),
          allInSeconds <= 30 && failed == 0);
      results.figure("login latency", Latency.brief(latency));
      if (server != null) {
        long[] after = server.heapAndResident();
        double heapPer = (after[0] - before[0]) / (double) Math.max(1, held);
        double rssPer = (after[1] - before[1]) / (double) Math.max(1, held);
        results.root().put("heapBeforeBytes", before[0]);
        results.root().put("heapAfterBytes", after[0]);
        results.root().put("residentBeforeBytes", before[1]);
        results.root().put("residentAfterBytes", after[1]);
        results.root().put("heapPerIdleSessionBytes", Math.round(heapPer));
        results.root().put("residentPerIdleSessionBytes", Math.round(rssPer));
        results.target(
            "heap per idle session after GC",
            "<= 4 KB",
            String.format("%.0f bytes", heapPer),
            heapPer <= 4096);
        results.figure("resident memory per idle session", String.format("%.0f bytes", rssPer));
      }
    } finally {
      for (WorkerProcess worker : workers) {
        worker.close();
      }
    }
  }
}
