package org.mplp.client.contacts;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;

/**
 * The account's other devices as this device knows them: set from login-ok or device-list, then
 * kept current by device events (spec: Devices, S11, S12). Thread-safe.
 *
 * <p>Each device gets a number the first time this list sees it, so that a user can pick it by
 * number (S33): the first list numbers its devices by type, then ordinal; a device that appears
 * later gets the next free number. A device keeps its number for the life of this list, and a
 * number is never given to another device, also after its device was removed.
 */
public final class ContactList {
  private static final Comparator<Device> BY_TYPE_THEN_ORDINAL =
      Comparator.comparing(Device::type).thenComparingInt(ContactList::ordinal);

  private final Map<String, Device> byAddress = new LinkedHashMap<>();
  private final Map<String, Integer> numbers = new HashMap<>();
  private int lastNumber;

  /** Replaces the whole list, as login-ok and device-list give it; numbers already given stay. */
  public synchronized void replaceAll(List<Device> devices) {
    byAddress.clear();
    devices.stream().sorted(BY_TYPE_THEN_ORDINAL).forEach(this::put);
    numbers.keySet().retainAll(byAddress.keySet());
  }

  /** Applies one event; a removed device leaves the list, any other event brings its new state. */
  public synchronized void apply(DeviceEvent event) {
    String address = event.device().address();
    if (event.event() == DeviceEventKind.REMOVED) {
      byAddress.remove(address);
      numbers.remove(address);
    } else {
      put(event.device());
    }
  }

  private void put(Device device) {
    byAddress.put(device.address(), device);
    numbers.computeIfAbsent(device.address(), a -> ++lastNumber);
  }

  public synchronized Optional<Device> find(String address) {
    return Optional.ofNullable(byAddress.get(address));
  }

  /** The device with this number, while it is on the list. */
  public synchronized Optional<Device> byNumber(int number) {
    return byAddress.values().stream().filter(d -> numbers.get(d.address()) == number).findFirst();
  }

  /** The number of a device on the list. */
  public synchronized OptionalInt number(String address) {
    Integer number = numbers.get(address);
    return number == null ? OptionalInt.empty() : OptionalInt.of(number);
  }

  /** The devices in the order of their numbers. */
  public synchronized List<Device> devices() {
    return numbered().stream().map(Numbered::device).toList();
  }

  /** The devices with their numbers, in that order. */
  public synchronized List<Numbered> numbered() {
    return byAddress.values().stream()
        .map(d -> new Numbered(numbers.get(d.address()), d))
        .sorted(Comparator.comparingInt(Numbered::number))
        .toList();
  }

  /** A device and its number in this list. */
  public record Numbered(int number, Device device) {}

  static int ordinal(Device device) {
    String address = device.address();
    return Integer.parseInt(address.substring(address.lastIndexOf('-') + 1));
  }
}
