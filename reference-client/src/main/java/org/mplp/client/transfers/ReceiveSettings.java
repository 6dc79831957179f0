package org.mplp.client.transfers;

import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Policy;
import org.mplp.spec.model.Settings;

/**
 * The device's receive setting and the primary's policy as the server last sent them; a direct
 * transfer is stored without asking only while both say {@code direct} (spec: Receive permissions,
 * REQ-PERM-102), whatever the transfer frame itself says.
 */
final class ReceiveSettings {
  private volatile Settings last;

  void update(Settings settings) {
    last = settings;
  }

  /** True until the server has sent settings that ask for an answer or refuse. */
  boolean allowDirect() {
    Settings s = last;
    if (s == null) {
      return true;
    }
    Policy policy = s.policy();
    boolean ownDirect = s.receive() == null || s.receive() == Permission.DIRECT;
    boolean policyDirect =
        policy == null || policy.transfers() == null || policy.transfers() == Permission.DIRECT;
    return ownDirect && policyDirect;
  }
}
