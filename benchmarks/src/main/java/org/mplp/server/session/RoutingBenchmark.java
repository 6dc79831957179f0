package org.mplp.server.session;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.Settings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Routing a send: the recipient's address parsed from the wire and looked up in the login registry
 * of a server holding many sessions. In the registry's package, beside what it measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RoutingBenchmark {

  private static final int DEVICES_PER_ACCOUNT = 8;

  @Param({"19000"})
  public int sessions;

  private final SessionRegistry registry = new SessionRegistry();
  private String[] addresses;
  private int next;

  @Setup
  public void setUp() {
    addresses = new String[sessions];
    for (int i = 0; i < sessions; i++) {
      DeviceAddress device =
          new DeviceAddress(
              Integer.toString(100_000 + i / DEVICES_PER_ACCOUNT),
              "PC",
              1 + i % DEVICES_PER_ACCOUNT);
      registry.bind(new Session(Runnable::run, "127.0.0.1", new Ignoring()), device);
      addresses[i] = device.toString();
    }
  }

  @Benchmark
  public Optional<Session> route() {
    String to = addresses[next];
    next = (next + 1) % addresses.length;
    return DeviceAddress.parse(to).flatMap(registry::session);
  }

  /** A session endpoint that drops what it is told: only the lookup is measured. */
  private static final class Ignoring implements Session.Endpoint {
    @Override
    public void onDeviceEvent(DeviceEvent event) {}

    @Override
    public void onReplaced() {}

    @Override
    public void onMessage(Message message) {}

    @Override
    public void onReceipt(Frame receipt) {}

    @Override
    public void onSettings(Settings settings) {}

    @Override
    public void onRevoked() {}

    @Override
    public void onAccountRemoved() {}

    @Override
    public void onTransfer(Frame frame) {}
  }
}
