package org.mplp.server.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;
import org.mplp.spec.model.Presence;
import org.mplp.spec.model.Role;

/** The login registry: binding, replacing, unbinding, and who hears an event. */
class SessionRegistryTest {

  private final SessionRegistry registry = new SessionRegistry();

  /** A session whose event loop is the calling thread, recording what it is told. */
  private static final class Recorder implements Session.Endpoint {
    final List<DeviceEvent> events = new ArrayList<>();
    int replaced;
    final Session session = new Session(Runnable::run, "192.0.2.1", this);

    @Override
    public void onDeviceEvent(DeviceEvent event) {
      events.add(event);
    }

    @Override
    public void onReplaced() {
      replaced++;
    }

    @Override
    public void onMessage(org.mplp.spec.model.Message message) {}

    @Override
    public void onReceipt(org.mplp.spec.model.Frame receipt) {}

    @Override
    public void onSettings(org.mplp.spec.model.Settings settings) {}

    @Override
    public void onRevoked() {}

    @Override
    public void onAccountRemoved() {}

    @Override
    public void onTransfer(org.mplp.spec.model.Frame frame) {}
  }

  private static DeviceAddress address(String text) {
    return DeviceAddress.parse(text).orElseThrow();
  }

  private static DeviceEvent eventAbout(String address) {
    return new DeviceEvent(
        DeviceEventKind.UPDATED,
        new Device(address, "PC", "l", Presence.ONLINE, Role.SECONDARY, "t", "c", "v", "ip"));
  }

  @Test
  void anEventReachesTheAccountsOtherOnlineDevicesOnly() {
    Recorder pc = new Recorder();
    Recorder mp = new Recorder();
    Recorder stranger = new Recorder();
    registry.bind(pc.session, address("a-PC-1"));
    registry.bind(mp.session, address("a-MP-1"));
    registry.bind(stranger.session, address("b-PC-1"));

    registry.broadcast(address("a-PC-1"), eventAbout("a-PC-1"));
    assertThat(pc.events).isEmpty();
    assertThat(mp.events).hasSize(1);
    assertThat(stranger.events).isEmpty();
    assertThat(registry.anotherOnline(address("a-PC-1"))).isTrue();
    assertThat(registry.anotherOnline(address("b-PC-1"))).isFalse();
    assertThat(registry.onlineCount()).isEqualTo(3);
  }

  @Test
  void aSecondSessionOfADeviceReplacesTheFirstWhoseEndChangesNothing() {
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    assertThat(registry.bind(first.session, address("a-PC-1"))).isEmpty();
    assertThat(registry.bind(second.session, address("a-PC-1"))).contains(first.session);
    assertThat(registry.unbind(first.session)).isFalse();
    assertThat(registry.isOnline(address("a-PC-1"))).isTrue();
    assertThat(registry.unbind(second.session)).isTrue();
    assertThat(registry.isOnline(address("a-PC-1"))).isFalse();
    assertThat(registry.onlineCount()).isZero();
    assertThat(registry.unbind(new Recorder().session)).as("never logged in").isFalse();
  }
}
