package org.mplp.client.cli;

import org.mplp.client.MplpClient;
import org.mplp.spec.model.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The short commands of receive permissions and primary-device operations. */
final class SettingsCommands {
  private SettingsCommands() {}

  static void done(Io io, boolean json, String text) {
    if (json) {
      JsonOut.print(io.out(), JsonOut.object().put("ok", true));
    } else {
      io.out().println(text);
    }
  }

  static void print(Io io, boolean json, Settings settings) {
    if (json) {
      JsonOut.printFrame(io.out(), settings);
    } else {
      io.out().println(TransferRender.settings(settings));
    }
  }

  /** {@code receive}: shows this device's settings, or sets how it takes offers (S61 to S63). */
  @Command(
      name = "receive",
      description =
          "Without an argument, show this device's settings (role, receive, policy); with one,"
              + " set how this device takes offers: direct, ask or reject.")
  static final class Receive extends DeviceCommand {
    @Parameters(paramLabel = "direct|ask|reject", arity = "0..1", description = "the new setting")
    String receive;

    @Override
    int run(Io io) throws Exception {
      var permission = Permissions.parse(receive, "the setting");
      MplpClient client = resumed(new TransferPrinter(io, connection.json));
      try {
        Settings settings =
            client.await(permission == null ? client.getSettings() : client.setReceive(permission));
        print(io, connection.json, settings);
        return ExitCodes.OK;
      } finally {
        client.close();
      }
    }
  }

  /** {@code revoke}: the primary device removes another device (claim 5). */
  @Command(
      name = "revoke",
      description = "Primary device only: revoke a device; its session ends, its credential dies.")
  static final class Revoke extends DeviceCommand {
    @Parameters(paramLabel = "ADDRESS", description = "the device to revoke")
    String device;

    @Override
    int run(Io io) throws Exception {
      MplpClient client = resumed(new TransferPrinter(io, connection.json));
      try {
        client.await(client.revokeDevice(device));
        done(io, connection.json, "Revoked " + device + ".");
        return ExitCodes.OK;
      } finally {
        client.close();
      }
    }
  }

  /** {@code make-primary}: the primary device hands its role to another device. */
  @Command(
      name = "make-primary",
      description = "Primary device only: make another device primary; this one becomes secondary.")
  static final class MakePrimary extends DeviceCommand {
    @Parameters(paramLabel = "ADDRESS", description = "the new primary device")
    String device;

    @Override
    int run(Io io) throws Exception {
      MplpClient client = resumed(new TransferPrinter(io, connection.json));
      try {
        client.await(client.makePrimary(device));
        done(io, connection.json, device + " is now the primary device.");
        return ExitCodes.OK;
      } finally {
        client.close();
      }
    }
  }
}
