package org.mplp.client.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;
import org.mplp.spec.model.Presence;
import org.mplp.spec.model.Role;

class ContactListTest {
  private static Device device(String address, String label, Presence presence) {
    String type = address.split("-")[1];
    return new Device(
        address, type, label, presence, Role.SECONDARY, "2026-11-24T09:00:00Z", "c", "1", "::1");
  }

  @Test
  void sortsByTypeThenOrdinalAsANumber() {
    ContactList list = new ContactList();
    list.replaceAll(
        List.of(
            device("a-PC-10", "x", Presence.ONLINE),
            device("a-MP-1", "x", Presence.ONLINE),
            device("a-PC-2", "x", Presence.ONLINE)));
    assertThat(list.devices())
        .extracting(Device::address)
        .containsExactly("a-MP-1", "a-PC-2", "a-PC-10");
  }

  @Test
  void aDeviceKeepsItsNumberAndANumberIsNeverGivenToAnother() {
    ContactList list = new ContactList();
    list.replaceAll(
        List.of(device("a-TV-1", "x", Presence.ONLINE), device("a-MP-1", "x", Presence.ONLINE)));
    assertThat(list.number("a-MP-1")).hasValue(1);
    assertThat(list.number("a-TV-1")).hasValue(2);
    // a-MP-2 sorts between them, but it came later: it gets the next number.
    list.apply(new DeviceEvent(DeviceEventKind.ADDED, device("a-MP-2", "x", Presence.ONLINE)));
    assertThat(list.number("a-MP-2")).hasValue(3);
    list.apply(new DeviceEvent(DeviceEventKind.REMOVED, device("a-MP-1", "x", Presence.ONLINE)));
    assertThat(list.byNumber(1)).isEmpty();
    list.replaceAll(
        List.of(
            device("a-TV-1", "x", Presence.ONLINE),
            device("a-MP-2", "x", Presence.ONLINE),
            device("a-PAD-1", "x", Presence.ONLINE)));
    assertThat(list.devices())
        .extracting(Device::address)
        .containsExactly("a-TV-1", "a-MP-2", "a-PAD-1");
    assertThat(list.number("a-PAD-1")).hasValue(4);
    assertThat(list.byNumber(2).map(Device::address)).contains("a-TV-1");
    // The removed address registered again is a new device: a new number.
    list.apply(new DeviceEvent(DeviceEventKind.ADDED, device("a-MP-1", "x", Presence.ONLINE)));
    assertThat(list.number("a-MP-1")).hasValue(5);
  }

  @Test
  void eventsAddUpdateAndRemove() {
    ContactList list = new ContactList();
    list.apply(new DeviceEvent(DeviceEventKind.ADDED, device("a-TV-1", "TV", Presence.ONLINE)));
    list.apply(
        new DeviceEvent(DeviceEventKind.UPDATED, device("a-TV-1", "Living room", Presence.ONLINE)));
    list.apply(
        new DeviceEvent(
            DeviceEventKind.OFFLINE, device("a-TV-1", "Living room", Presence.OFFLINE)));
    assertThat(list.find("a-TV-1").orElseThrow().label()).isEqualTo("Living room");
    assertThat(list.find("a-TV-1").orElseThrow().presence()).isEqualTo(Presence.OFFLINE);
    list.apply(
        new DeviceEvent(
            DeviceEventKind.REMOVED, device("a-TV-1", "Living room", Presence.OFFLINE)));
    assertThat(list.devices()).isEmpty();
  }

  @Test
  void theGroupAppearsWhenAskedForOrAboveThreeOtherDevices() {
    assertThat(DeviceGroup.grouped(false, 3)).isFalse();
    assertThat(DeviceGroup.grouped(false, 4)).isTrue();
    assertThat(DeviceGroup.grouped(true, 1)).isTrue();
  }
}
