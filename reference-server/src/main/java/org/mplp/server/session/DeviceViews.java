package org.mplp.server.session;

import org.mplp.server.store.StoredDevice;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.Presence;

/** A stored device as a contact object on the wire (spec: Devices, S11, S12). */
final class DeviceViews {

  private DeviceViews() {}

  static Device of(StoredDevice device, Presence presence) {
    return new Device(
        device.address().toString(),
        device.type(),
        device.label(),
        presence,
        device.role(),
        device.loginTime(),
        device.clientName(),
        device.clientVersion(),
        device.lastIp());
  }

  static Device of(StoredDevice device, SessionRegistry registry) {
    return of(device, registry.isOnline(device.address()) ? Presence.ONLINE : Presence.OFFLINE);
  }
}
