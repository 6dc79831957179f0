package org.mplp.server.authority;

import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Policy;

/** A device's own receive setting and the policy its primary device set for it. */
public record DeviceSettings(Permission receive, Policy policy) {

  /** What a device has until it or its primary device changes something. */
  public static final DeviceSettings DEFAULTS =
      new DeviceSettings(Permission.DIRECT, Policy.UNRESTRICTED);
}
