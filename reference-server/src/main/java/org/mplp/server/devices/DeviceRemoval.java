package org.mplp.server.devices;

import java.sql.SQLException;

/**
 * What another feature ends when a device is removed (REQ-MSG-019, REQ-PRIMARY-010): the device
 * service calls it around the removal's transaction, and so knows nothing of messages or transfers.
 */
public interface DeviceRemoval {

  /**
   * Ends what the feature keeps in the database for the device, inside the removal's transaction,
   * while the device's row is still there; on the store thread.
   *
   * @return what to tell others once the removal is committed
   */
  default Runnable removing(StoredDevice device) throws SQLException {
    return () -> {};
  }

  /** The removal is committed: the device's row is gone. On the store thread. */
  default void removed(StoredDevice device) {}
}
