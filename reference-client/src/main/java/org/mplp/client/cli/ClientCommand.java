package org.mplp.client.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The top command: without a subcommand, the interactive client of one device. */
@Command(
    name = "mplp client",
    mixinStandardHelpOptions = true,
    versionProvider = ClientVersionProvider.class,
    description = {
      "The MPLP reference client. Without a subcommand: the interactive client (type /help);"
          + " it reads commands and messages from stdin, so a pipe can drive it.",
      "The options below go before the subcommand or after it. Each subcommand takes --help;"
          + " help SUBCOMMAND shows the same.",
      "Exit codes: 0 ok, 1 refused by the server (its code and text are printed), 2 usage,"
          + " 3 server unreachable or connection lost, 4 watch --count or a transfer's --timeout"
          + " not reached in time."
    },
    subcommands = {
      LoginCommand.class,
      DevicesCommand.class,
      SendCommand.class,
      WatchCommand.class,
      RenameCommand.class,
      LogoutCommand.class,
      OfferCommand.class,
      AcceptCommand.class,
      RejectCommand.class,
      CancelCommand.class,
      TransfersCommand.class,
      ResumeCommand.class,
      PolicyCommand.class,
      SettingsCommands.Revoke.class,
      SettingsCommands.MakePrimary.class,
      SettingsCommands.Receive.class,
      HelpCommand.class
    })
final class ClientCommand implements CommandRoot, Callable<Integer> {
  private final Io io;

  @Mixin ConnectionOptions connection;

  @Mixin RegistrationOptions registration;

  @Option(
      names = "--group",
      description = "show the other devices as the \"My devices\" group from the start")
  boolean group;

  ClientCommand(Io io) {
    this.io = io;
  }

  Io io() {
    return io;
  }

  @Override
  public DeviceSession session() {
    return new OneShotSession(io, connection);
  }

  @Override
  public Integer call() {
    return new Interactive(io, connection, registration, group).run();
  }
}
