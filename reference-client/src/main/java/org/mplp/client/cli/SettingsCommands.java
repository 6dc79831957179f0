package org.mplp.client.cli;

import org.mplp.client.MplpClient;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The short commands of receive permissions and primary-device operations. */
final class SettingsCommands {
  private SettingsCommands() {}

  static void done(DeviceSession session, String text) {
    if (session.json()) {
      JsonOut.print(session.io().out(), JsonOut.object().put("ok", true));
    } else {
      session.io().out().println(text);
    }
  }

  static void print(DeviceSession session, Settings settings) {
    if (session.json()) {
      JsonOut.printFrame(session.io().out(), settings);
    } else {
      session.io().out().println(TransferRender.settings(settings));
    }
  }

  /** {@code receive}: shows this device's settings, or sets how it takes offers (S61 to S63). */
  @Command(
      name = "receive",
      description =
          "Without an argument, show this device's settings (role, receive, policy); with one,"
              + " set how this device takes offers: direct, ask or reject.")
  static final class Receive extends DeviceCommand {
    @Parameters(
        paramLabel = "direct|ask|reject",
        arity = "0..1",
        converter = Permissions.PermissionConverter.class,
        description = "the new setting")
    Permission receive;

    @Override
    int run(DeviceSession session) throws Exception {
      MplpClient client = session.open(new TransferPrinter(session.io(), session.json()));
      try {
        Settings settings =
            client.await(receive == null ? client.getSettings() : client.setReceive(receive));
        print(session, settings);
        return ExitCodes.OK;
      } finally {
        session.release(client);
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
    int run(DeviceSession session) throws Exception {
      MplpClient client = session.open(new TransferPrinter(session.io(), session.json()));
      try {
        client.await(client.revokeDevice(device));
        done(session, "Revoked " + device + ".");
        return ExitCodes.OK;
      } finally {
        session.release(client);
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
    int run(DeviceSession session) throws Exception {
      MplpClient client = session.open(new TransferPrinter(session.io(), session.json()));
      try {
        client.await(client.makePrimary(device));
        done(session, device + " is now the primary device.");
        return ExitCodes.OK;
      } finally {
        session.release(client);
      }
    }
  }
}
