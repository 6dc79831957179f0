package org.mplp.client.contacts;

/**
 * Whether the contact list shows the account's other devices as one group, "My devices": when the
 * user asks for it, and without being asked once there are more than three (REQ-DEVICE-016, S31 to
 * S33).
 */
public final class DeviceGroup {
  public static final String NAME = "My devices";

  /** More other devices than this are grouped even when the user did not ask. */
  static final int AUTOMATIC_ABOVE = 3;

  private DeviceGroup() {}

  public static boolean grouped(boolean userAsked, int otherDevices) {
    return userAsked || otherDevices > AUTOMATIC_ABOVE;
  }
}
