package org.mplp.server.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.login.AccountStore;
import org.mplp.server.session.DeviceAddress;
import org.mplp.server.store.Database;
import org.mplp.server.store.ScramKeys;
import org.mplp.spec.model.Role;

/** Registration, ordinals, roles, logins, renames and removal of devices. */
class DeviceStoreTest {

  @TempDir Path dataDir;
  private Database database;
  private AccountStore accounts;
  private DeviceStore devices;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(dataDir);
    accounts = new AccountStore(database);
    devices = new DeviceStore(database);
    accounts.create("235683", keys());
    accounts.create("other", keys());
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private StoredDevice register(String account, String type) throws Exception {
    return devices
        .register(
            new NewDevice(
                account,
                type,
                type + " label",
                "cli",
                "1.0",
                "2026-11-24T09:00:00Z",
                "192.0.2.1",
                new ScramKeys(new byte[] {1, 2}, 4096, new byte[] {3}, new byte[] {4})),
            16)
        .orElseThrow();
  }

  private static DeviceAddress address(String text) {
    return DeviceAddress.parse(text).orElseThrow();
  }

  @Test
  void ordinalsCountPerTypeAndAccountAndFreedOnesComeBack() throws Exception {
    assertThat(register("235683", "PC").address()).hasToString("235683-PC-1");
    assertThat(register("235683", "PC").address()).hasToString("235683-PC-2");
    assertThat(register("235683", "MP").address()).hasToString("235683-MP-1");
    assertThat(register("235683", "TV").address()).hasToString("235683-TV-1");
    assertThat(register("other", "PC").address()).hasToString("other-PC-1");
    assertThat(register("235683", "PC").address()).hasToString("235683-PC-3");

    devices.remove(address("235683-PC-1"));
    devices.remove(address("235683-PC-3"));
    assertThat(register("235683", "PC").address()).hasToString("235683-PC-1");
    assertThat(register("235683", "PC").address()).hasToString("235683-PC-3");
  }

  @Test
  void theFirstDeviceIsPrimaryAndTheEarliestRemainingTakesOver() throws Exception {
    StoredDevice pc = register("235683", "PC");
    StoredDevice mp = register("235683", "MP");
    StoredDevice tv = register("235683", "TV");
    assertThat(pc.role()).isEqualTo(Role.PRIMARY);
    assertThat(mp.role()).isEqualTo(Role.SECONDARY);
    assertThat(tv.id()).isGreaterThan(mp.id());

    DeviceStore.Removal secondary = devices.remove(tv.address()).orElseThrow();
    assertThat(secondary.newPrimary()).isEmpty();
    DeviceStore.Removal primary = devices.remove(pc.address()).orElseThrow();
    assertThat(primary.removed().address()).isEqualTo(pc.address());
    assertThat(primary.newPrimary().map(StoredDevice::address)).contains(mp.address());
    assertThat(devices.find(mp.address()).orElseThrow().role()).isEqualTo(Role.PRIMARY);
    assertThat(devices.remove(pc.address())).isEmpty();
  }

  @Test
  void registrationStopsAtTheAccountsLimit() throws Exception {
    NewDevice device = new NewDevice("235683", "PC", "l", "c", "1", "t", "ip", keys());
    assertThat(devices.register(device, 2)).isPresent();
    assertThat(devices.register(device, 2)).isPresent();
    assertThat(devices.register(device, 2)).isEmpty();
    assertThat(devices.listByAccount("235683")).hasSize(2);
  }

  @Test
  void aLoginRecordsTimeAddressAndClientAndKeepsTheRest() throws Exception {
    StoredDevice pc = register("235683", "PC");
    StoredDevice after =
        devices
            .recordLogin(pc.address(), "2026-11-25T10:00:00Z", "198.51.100.7", "cli", "2.0")
            .orElseThrow();
    assertThat(after.loginTime()).isEqualTo("2026-11-25T10:00:00Z");
    assertThat(after.lastIp()).isEqualTo("198.51.100.7");
    assertThat(after.clientVersion()).isEqualTo("2.0");
    assertThat(after.label()).isEqualTo(pc.label());
    assertThat(after.registeredAt()).isEqualTo(pc.registeredAt());
    assertThat(after.keys().salt()).containsExactly(1, 2);
    assertThat(devices.recordLogin(address("235683-TV-4"), "t", "ip", "c", "v")).isEmpty();
  }

  @Test
  void renameChangesTheLabelOnly() throws Exception {
    StoredDevice pc = register("235683", "PC");
    assertThat(devices.rename(pc.address(), "Office").orElseThrow().label()).isEqualTo("Office");
    assertThat(devices.rename(address("235683-PC-9"), "x")).isEmpty();
  }

  @Test
  void removingAnAccountRemovesItsDevices() throws Exception {
    register("235683", "PC");
    register("other", "PC");
    assertThat(accounts.remove("235683")).isTrue();
    assertThat(devices.listByAccount("235683")).isEmpty();
    assertThat(devices.listByAccount("other")).hasSize(1);
    assertThat(accounts.remove("235683")).isFalse();
  }

  @Test
  void addressesParseAndPrint() {
    assertThat(DeviceAddress.parse("235683-PC-12")).contains(new DeviceAddress("235683", "PC", 12));
    assertThat(DeviceAddress.parse("a.b_c-XCAR7-1"))
        .map(Object::toString)
        .contains("a.b_c-XCAR7-1");
    assertThat(DeviceAddress.parse("235683-PC-0")).isEmpty();
    assertThat(DeviceAddress.parse("235683-pc-1")).isEmpty();
    assertThat(DeviceAddress.parse("a-b-PC-1")).isEmpty();
    assertThat(DeviceStore.smallestFreeOrdinal(java.util.List.of(), "PC")).isEqualTo(1);
  }

  @Test
  void handingOverSwapsBothRolesOrChangesNothing() throws Exception {
    StoredDevice pc = register("235683", "PC");
    StoredDevice mp = register("235683", "MP");
    StoredDevice tv = register("235683", "TV");

    assertThat(devices.handOverPrimary(pc.address(), address("235683-XCAR-1"))).isEmpty();
    assertThat(devices.find(pc.address()).orElseThrow().role()).isEqualTo(Role.PRIMARY);

    var swapped = devices.handOverPrimary(pc.address(), mp.address()).orElseThrow();
    assertThat(swapped)
        .extracting(StoredDevice::address, StoredDevice::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(mp.address(), Role.PRIMARY),
            org.assertj.core.groups.Tuple.tuple(pc.address(), Role.SECONDARY));
    assertThat(devices.listByAccount("235683"))
        .filteredOn(device -> device.role() == Role.PRIMARY)
        .extracting(StoredDevice::address)
        .containsExactly(mp.address());
    assertThat(devices.find(tv.address()).orElseThrow().role()).isEqualTo(Role.SECONDARY);
  }

  /** Keys of no secret: the stores only keep them. */
  private static ScramKeys keys() {
    return new ScramKeys(new byte[16], 4096, new byte[32], new byte[32]);
  }
}
