package org.mplp.server.devices;

import java.sql.SQLException;

/**
 * Sends an online device its settings frame, of which its label and role are part
 * (REQ-PRIMARY-003): the device service calls it when either changes; the authority keeps the rest.
 */
@FunctionalInterface
public interface SettingsPush {

  /** Runs on the store thread. */
  void pushTo(StoredDevice device) throws SQLException;
}
