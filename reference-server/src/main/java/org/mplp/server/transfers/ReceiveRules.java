package org.mplp.server.transfers;

import java.util.List;
import org.mplp.server.authority.DeviceSettings;
import org.mplp.spec.model.OfferedFile;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.TransferReason;

/**
 * Which receive permission applies to an offer (spec: Receive permissions, REQ-PERM-001, 003, 004):
 * the most restrictive of the sender's choice, the recipient's own setting and its policy; an offer
 * with a file over the policy's cap is rejected whatever the permissions say.
 */
final class ReceiveRules {

  private ReceiveRules() {}

  /** The permission that applies and, when the offer is rejected at once, why. */
  public record Decision(Permission permission, TransferReason rejection) {
    public boolean rejected() {
      return rejection != null;
    }
  }

  public static Decision decide(
      Permission senderChoice, DeviceSettings recipient, List<OfferedFile> files) {
    Permission applies =
        senderChoice
            .mostRestrictive(recipient.receive())
            .mostRestrictive(recipient.policy().transfers());
    Long cap = recipient.policy().maxFileBytes();
    if (cap != null && files.stream().anyMatch(file -> file.size() > cap)) {
      return new Decision(applies, TransferReason.SIZE_CAP);
    }
    if (applies == Permission.REJECT) {
      return new Decision(applies, TransferReason.PERMISSION);
    }
    return new Decision(applies, null);
  }
}
