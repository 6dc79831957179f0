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
      description = "the most a sender's permission can reach (default: ${DEFAULT-VALUE})")
  String transfers;

  @Option(
      names = "--messages",
      paramLabel = "accept|reject",
      defaultValue = "accept",
      description = "whether the device gets messages (default: ${DEFAULT-VALUE})")
  String messages;

  @Option(
      names = "--max-file-bytes",
      paramLabel = "N",
      description = "offers with a larger file are rejected at once (default: no cap)")
  Long maxFileBytes;

  @Override
  int run(Io io) throws Exception {
    Permission permission = Permissions.parse(transfers, "--transfers");
    MessageHandling handling;
    try {
      handling = MessageHandling.forWireName(messages);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--messages is accept or reject, not " + messages);
    }
    MplpClient client = resumed(new TransferPrinter(io, connection.json));
    try {
      client.await(client.setPolicy(device, new Policy(permission, handling, maxFileBytes)));
      SettingsCommands.done(io, connection.json, "Policy of " + device + " set.");
      return ExitCodes.OK;
    } finally {
      client.close();
    }
  }
}
