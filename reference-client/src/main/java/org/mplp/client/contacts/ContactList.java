package org.mplp.client.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;

/**
 * The account's other devices as this device knows them: set from login-ok or device-list, then
 * kept current by device events (spec: Devices, S11, S12). Thread-safe.
 */
public final class ContactList {
  private final Map<String, Device> byAddress = new LinkedHashMap<>();

  /** Replaces the whole list, as login-ok and device-list give it. */
  public synchronized void replaceAll(List<Device> devices) {
    byAddress.clear();
    devices.forEach(d -> byAddress.put(d.address(), d));
  }

  /** Applies one event; a removed device leaves the list, any other event brings its new state. */
  public synchronized void apply(DeviceEvent event) {
    if (event.event() == DeviceEventKind.REMOVED) {
      byAddress.remove(event.device().address());
    } else {
      byAddress.put(event.device().address(), event.device());
    }
  }

  public synchronized Optional<Device> find(String address) {
    return Optional.ofNullable(byAddress.get(address));
  }

  /** The devices by type, then ordinal: 235683-PC-2 before 235683-PC-10. */
  public synchronized List<Device> devices() {
    List<Device> sorted = new ArrayList<>(byAddress.values());
    sorted.sort(Comparator.comparing(Device::type).thenComparingInt(ContactList::ordinal));
    return sorted;
  }

  static int ordinal(Device device) {
    String address = device.address();
    return Integer.parseInt(address.substring(address.lastIndexOf('-') + 1));
  }
}
