package org.mplp.client.cli;

import org.mplp.client.MplpClient;
import org.mplp.spec.model.MessageHandling;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code policy}: the primary device sets another device's operation permissions (claim 5). */
@Command(
    name = "policy",
    description =
        "Primary device only: set how a device handles arriving transfers and messages, and the"
            + " largest file it takes (exit 1 with not-primary on a secondary device).")
final class PolicyCommand extends DeviceCommand {
  @Parameters(paramLabel = "ADDRESS", description = "the device the policy is for")
  String device;

  @Option(
      names = "--transfers",
      paramLabel = "direct|ask|reject",
      defaultValue = "direct",
      converter = Permissions.PermissionConverter.class,
      description = "the most a sender's permission can reach (default: ${DEFAULT-VALUE})")
  Permission transfers;

  @Option(
      names = "--messages",
      paramLabel = "accept|reject",
      defaultValue = "accept",
      converter = Permissions.MessageHandlingConverter.class,
      description = "whether the device gets messages (default: ${DEFAULT-VALUE})")
  MessageHandling messages;

  @Option(
      names = "--max-file-bytes",
      paramLabel = "N",
      description = "offers with a larger file are rejected at once (default: no cap)")
  Long maxFileBytes;

  @Override
  int run(DeviceSession session) throws Exception {
    MplpClient client = session.open(new TransferPrinter(session.io(), session.json()));
    try {
      client.await(client.setPolicy(device, new Policy(transfers, messages, maxFileBytes)));
      SettingsCommands.done(session, "Policy of " + device + " set.");
      return ExitCodes.OK;
    } finally {
      session.release(client);
    }
  }
}
