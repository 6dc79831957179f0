package org.mplp.server.devices;

import java.sql.SQLException;

/**
 * What another feature ends when a device is removed (REQ-MSG-019, REQ-PRIMARY-010): the device
 * service calls it before the device's row goes, and so knows nothing of messages or transfers.
 */
@FunctionalInterface
public interface DeviceRemoval {

  /** Runs on the store thread, outside any transaction, while the device is still stored. */
  void removing(StoredDevice device) throws SQLException;
}
