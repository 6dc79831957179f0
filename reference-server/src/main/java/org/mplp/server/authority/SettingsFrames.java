package org.mplp.server.authority;

import java.sql.SQLException;
import org.mplp.server.devices.SettingsPush;
import org.mplp.server.devices.StoredDevice;
import org.mplp.server.session.SessionRegistry;
import org.mplp.spec.model.Settings;

/**
 * A device's settings frame (spec: Receive permissions, The primary device): its role and label
 * from the devices table, its own setting and policy from device_settings. Runs on the store
 * thread.
 */
public final class SettingsFrames implements SettingsPush {

  private final DeviceSettingsStore settings;
  private final SessionRegistry registry;

  public SettingsFrames(DeviceSettingsStore settings, SessionRegistry registry) {
    this.settings = settings;
    this.registry = registry;
  }

  /** The settings frame of a device; {@code replyTo} null for one sent unasked. */
  Settings of(StoredDevice device, String replyTo) throws SQLException {
    var current = settings.find(device.id());
    return new Settings(
        replyTo,
        device.address().toString(),
        device.label(),
        device.role(),
        current.receive(),
        current.policy());
  }

  /** Sends a device its settings at once when it is online: something in them changed. */
  @Override
  public void pushTo(StoredDevice device) throws SQLException {
    var session = registry.session(device.address());
    if (session.isPresent()) {
      session.get().settings(of(device, null));
    }
  }
}
