package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mplp.server.LiveServer.assertError;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;
import org.mplp.spec.model.DeviceList;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.ListDevices;
import org.mplp.spec.model.Logout;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Presence;
import org.mplp.spec.model.RenameDevice;
import org.mplp.spec.model.Role;
import org.mplp.spec.model.Settings;

/** Devices as contacts over real sockets (spec: Devices): addresses, lists, events, logout. */
class DevicesFlowTest {

  private static final String PASSWORD = "devices password";
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();

  @TempDir static Path temp;
  private static LiveServer live;

  @BeforeAll
  static void start() throws Exception {
    live = LiveServer.start(temp.resolve("data"), ServerConfig.DEFAULT_LIMITS);
  }

  @AfterAll
  static void stop() {
    live.close();
  }

  private static String newAccount() throws Exception {
    String name = "dev" + ACCOUNTS.incrementAndGet();
    live.createAccount(name, PASSWORD);
    return name;
  }

  private static DeviceEvent nextEvent(LiveServer.Device device) throws Exception {
    Frame frame = device.ws().next();
    assertThat(frame).as("an event to %s", device.address()).isInstanceOf(DeviceEvent.class);
    return (DeviceEvent) frame;
  }

  private static void assertEvent(
      LiveServer.Device to, DeviceEventKind kind, String about, Presence presence)
      throws Exception {
    DeviceEvent event = nextEvent(to);
    assertThat(event.event()).isEqualTo(kind);
    assertThat(event.device().address()).isEqualTo(about);
    assertThat(event.device().presence()).isEqualTo(presence);
  }

  private static Frame request(LiveServer.Device device, Frame frame) throws Exception {
    device.ws().send(device.ws().encode(frame));
    return device.ws().next();
  }

  /** The answer to a frame, passing over the events that arrive before it. */
  private static Frame answer(LiveServer.Device device, Frame frame) throws Exception {
    device.ws().send(device.ws().encode(frame));
    Frame next = device.ws().next();
    while (next instanceof DeviceEvent) {
      next = device.ws().next();
    }
    return next;
  }

  private static void logout(LiveServer.Device device, boolean remove) throws Exception {
    assertThat(answer(device, new Logout("bye", remove))).isEqualTo(new Ok("bye"));
    assertThat(device.ws().awaitClose().code()).isEqualTo(1000);
  }

  @Test
  void ordinalsAreTheSmallestFreeOfTheirTypeAndAFreedOneIsReused() throws Exception {
    String account = newAccount();
    LiveServer.Device pc1 = live.register(account, PASSWORD, "PC", "first");
    LiveServer.Device pc2 = live.register(account, PASSWORD, "PC", "second");
    LiveServer.Device mp1 = live.register(account, PASSWORD, "MP", "phone");
    LiveServer.Device tv1 = live.register(account, PASSWORD, "TV", "tv");
    assertThat(pc1.address()).isEqualTo(account + "-PC-1");
    assertThat(pc2.address()).isEqualTo(account + "-PC-2");
    assertThat(mp1.address()).isEqualTo(account + "-MP-1");
    assertThat(tv1.address()).isEqualTo(account + "-TV-1");
    assertThat(pc1.ok().self().role()).isEqualTo(Role.PRIMARY);
    assertThat(pc2.ok().self().role()).isEqualTo(Role.SECONDARY);

    logout(pc1, true);
    LiveServer.Device pcAgain = live.register(account, PASSWORD, "PC", "replacement");
    assertThat(pcAgain.address()).isEqualTo(account + "-PC-1");
    assertThat(pcAgain.ok().self().role()).isEqualTo(Role.SECONDARY);
    LiveServer.Device pc3 = live.register(account, PASSWORD, "PC", "third");
    assertThat(pc3.address()).isEqualTo(account + "-PC-3");
    LiveServer.Device custom = live.register(account, PASSWORD, "XCAR", "car");
    assertThat(custom.address()).isEqualTo(account + "-XCAR-1");
    for (LiveServer.Device device : new LiveServer.Device[] {pc2, mp1, tv1, pcAgain, pc3, custom}) {
      device.ws().abort();
    }
  }

  @Test
  void multiPointIsFalseAloneAndTrueWithAnotherDeviceOnline() throws Exception {
    String account = newAccount();
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    assertThat(pc.ok().multiPoint()).isFalse();
    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "phone");
    assertThat(mp.ok().multiPoint()).isTrue();
    assertThat(mp.ok().devices()).extracting(Device::address).containsExactly(pc.address());
    assertThat(mp.ok().devices().get(0).presence()).isEqualTo(Presence.ONLINE);

    assertEvent(pc, DeviceEventKind.ADDED, mp.address(), Presence.ONLINE);
    DeviceList list = (DeviceList) request(pc, new ListDevices("l1"));
    assertThat(list.replyTo()).isEqualTo("l1");
    assertThat(list.multiPoint()).isTrue();
    assertThat(list.devices()).extracting(Device::address).containsExactly(mp.address());

    logout(mp, false);
    assertEvent(pc, DeviceEventKind.OFFLINE, mp.address(), Presence.OFFLINE);
    DeviceList alone = (DeviceList) request(pc, new ListDevices("l2"));
    assertThat(alone.multiPoint()).isFalse();
    assertThat(alone.devices())
        .singleElement()
        .extracting(Device::presence)
        .isEqualTo(Presence.OFFLINE);
    pc.ws().abort();
  }

  @Test
  void eventsReachEveryOtherOnlineDeviceOfTheAccountAndNoOtherAccount() throws Exception {
    String account = newAccount();
    String stranger = newAccount();
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    LiveServer.Device tv = live.register(account, PASSWORD, "TV", "tv");
    assertEvent(pc, DeviceEventKind.ADDED, tv.address(), Presence.ONLINE);
    LiveServer.Device outsider = live.register(stranger, PASSWORD, "PC", "not yours");

    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "phone");
    assertEvent(pc, DeviceEventKind.ADDED, mp.address(), Presence.ONLINE);
    assertEvent(tv, DeviceEventKind.ADDED, mp.address(), Presence.ONLINE);

    // REQ-PRIMARY-003: the renamed device is sent its settings with the new label, then the ok.
    assertThat(((Settings) request(mp, new RenameDevice("r1", mp.address(), "Li's phone"))).label())
        .isEqualTo("Li's phone");
    assertThat(mp.ws().next()).isEqualTo(new Ok("r1"));
    for (LiveServer.Device other : new LiveServer.Device[] {pc, tv}) {
      DeviceEvent updated = nextEvent(other);
      assertThat(updated.event()).isEqualTo(DeviceEventKind.UPDATED);
      assertThat(updated.device().label()).isEqualTo("Li's phone");
    }

    mp.ws().abort();
    assertEvent(pc, DeviceEventKind.OFFLINE, mp.address(), Presence.OFFLINE);
    assertEvent(tv, DeviceEventKind.OFFLINE, mp.address(), Presence.OFFLINE);

    LiveServer.Device back = live.resume(account, mp);
    assertThat(back.ok().self().label()).isEqualTo("Li's phone");
    assertEvent(pc, DeviceEventKind.ONLINE, mp.address(), Presence.ONLINE);
    assertEvent(tv, DeviceEventKind.ONLINE, mp.address(), Presence.ONLINE);

    // None of it reached the other account, nor the acting device itself.
    outsider.assertNothingPending("quiet-1");
    back.assertNothingPending("quiet-2");
    pc.assertNothingPending("quiet-3");
    for (LiveServer.Device device : new LiveServer.Device[] {pc, tv, back, outsider}) {
      device.ws().abort();
    }
  }

  @Test
  void renamingAnotherDeviceOfTheAccountTellsTheOthers() throws Exception {
    String account = newAccount();
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "phone");
    assertEvent(pc, DeviceEventKind.ADDED, mp.address(), Presence.ONLINE);

    // The caller is another device than the renamed one: it gets the event as well as ok.
    pc.ws().send(pc.ws().encode(new RenameDevice("r1", mp.address(), "renamed")));
    List<Frame> frames = List.of(pc.ws().next(), pc.ws().next());
    assertThat(frames).contains(new Ok("r1"));
    DeviceEvent toCaller =
        (DeviceEvent)
            frames.stream().filter(f -> f instanceof DeviceEvent).findFirst().orElseThrow();
    assertThat(toCaller.event()).isEqualTo(DeviceEventKind.UPDATED);
    assertThat(toCaller.device().address()).isEqualTo(mp.address());
    assertThat(toCaller.device().label()).isEqualTo("renamed");
    assertThat(((Settings) mp.ws().next()).label()).isEqualTo("renamed");
    DeviceList list = (DeviceList) request(mp, new ListDevices("l1"));
    assertThat(list.devices()).extracting(Device::address).containsExactly(pc.address());
    pc.ws().abort();
    mp.ws().abort();
  }

  @Test
  void renamingAnAddressOutsideTheAccountIsUnknownDevice() throws Exception {
    String account = newAccount();
    String stranger = newAccount();
    LiveServer.Device mine = live.register(account, PASSWORD, "PC", "mine");
    LiveServer.Device theirs = live.register(stranger, PASSWORD, "PC", "theirs");

    assertError(
        request(mine, new RenameDevice("r1", theirs.address(), "hijacked")),
        "unknown-device",
        false,
        "r1");
    assertError(
        request(mine, new RenameDevice("r2", account + "-TV-9", "nobody")),
        "unknown-device",
        false,
        "r2");
    DeviceList theirList = (DeviceList) request(theirs, new ListDevices("l1"));
    assertThat(theirList.devices()).isEmpty();
    theirs.assertNothingPending("untouched");
    assertThat(
            ((DeviceList)
                    request(live.register(stranger, PASSWORD, "MP", "m"), new ListDevices("l2")))
                .devices())
        .extracting(Device::label)
        .containsExactly("theirs");
    mine.ws().abort();
    theirs.ws().abort();
  }

  @Test
  void removingThePrimaryHandsTheRoleToTheEarliestRegisteredAndKillsItsCredential()
      throws Exception {
    String account = newAccount();
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    LiveServer.Device mp = live.register(account, PASSWORD, "MP", "phone");
    LiveServer.Device tv = live.register(account, PASSWORD, "TV", "tv");
    assertEvent(pc, DeviceEventKind.ADDED, mp.address(), Presence.ONLINE);
    assertEvent(pc, DeviceEventKind.ADDED, tv.address(), Presence.ONLINE);
    assertEvent(mp, DeviceEventKind.ADDED, tv.address(), Presence.ONLINE);

    logout(pc, true);
    assertEvent(mp, DeviceEventKind.REMOVED, pc.address(), Presence.OFFLINE);
    assertEvent(tv, DeviceEventKind.REMOVED, pc.address(), Presence.OFFLINE);
    // The phone, registered before the TV, is primary now; the TV is told.
    DeviceEvent promoted = nextEvent(tv);
    assertThat(promoted.event()).isEqualTo(DeviceEventKind.UPDATED);
    assertThat(promoted.device().address()).isEqualTo(mp.address());
    assertThat(promoted.device().role()).isEqualTo(Role.PRIMARY);

    DeviceList list = (DeviceList) request(tv, new ListDevices("l1"));
    assertThat(list.devices()).extracting(Device::address).containsExactly(mp.address());

    // REQ-LOGIN-021: the removed device's credential is dead.
    Frame refused =
        ScramLogin.withCredential(
            live.open(), account, pc.address(), pc.credential(), ScramLogin.terminal("PC", "pc"));
    assertError(refused, "bad-credential", false, "proof-1");
    mp.ws().abort();
    tv.ws().abort();
  }

  @Test
  void aLogoutKeepsTheDeviceRegisteredAndItsCredentialValid() throws Exception {
    String account = newAccount();
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    logout(pc, false);
    LiveServer.Device again = live.resume(account, pc);
    assertThat(again.address()).isEqualTo(pc.address());
    again.ws().abort();
  }

  @Test
  void aSecondLoginOnALoggedInConnectionIsAnUnexpectedFrame() throws Exception {
    String account = newAccount();
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    assertError(
        ScramLogin.withPassword(pc.ws(), account, PASSWORD, ScramLogin.terminal("PC", "pc")),
        "unexpected-frame",
        false,
        "login-1");
    pc.assertNothingPending("still-fine");
    pc.ws().abort();
  }
}
