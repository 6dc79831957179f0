package org.mplp.bench.worker;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.mplp.bench.client.Connector;
import org.mplp.bench.client.SourceAddresses;
import org.mplp.bench.fleet.Fleet;
import org.mplp.bench.fleet.FleetDevice;

/**
 * A worker process of the sessions scenario. Arguments: target URI, fleet file, first and last
 * (exclusive) device index, first source address octet, logins in flight. Prints {@code ready},
 * waits for {@code go}, logs in its devices, prints {@code done <loggedIn> <failed> <elapsedNanos>
 * <histogram>}, holds the sessions until {@code stop} or end of input.
 */
public final class SessionsWorkerMain {

  private SessionsWorkerMain() {}

  public static void main(String[] args) throws Exception {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "org/mplp/bench/logback-bench.xml");
    }
    URI target = URI.create(args[0]);
    List<FleetDevice> all = Fleet.read(Path.of(args[1])).remembered().devices();
    List<FleetDevice> mine = all.subList(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    SourceAddresses sources =
        new SourceAddresses(Integer.parseInt(args[4]), SourceAddresses.DEFAULT_PER_ADDRESS);
    int inFlight = Integer.parseInt(args[5]);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try (Connector connector = new Connector(target, 1)) {
      System.out.println("ready");
      System.out.flush();
      if (!"go".equals(in.readLine())) {
        return;
      }
      SessionLogins logins = new SessionLogins();
      logins.run(connector, mine, sources, inFlight);
      for (String failure : logins.firstFailures()) {
        System.err.println("worker: login failed: " + failure);
      }
      System.out.println(
          "done "
              + logins.loggedIn()
              + " "
              + logins.failures()
              + " "
              + logins.elapsedNanos()
              + " "
              + HistogramText.encode(logins.latency()));
      System.out.flush();
      String line;
      while ((line = in.readLine()) != null && !line.equals("stop")) {
        if (line.equals("count")) {
          System.out.println("count " + logins.loggedIn());
          System.out.flush();
        }
      }
      logins.closeAll();
    }
  }
}
