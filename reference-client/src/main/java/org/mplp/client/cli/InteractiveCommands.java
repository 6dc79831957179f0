package org.mplp.client.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The commands of the interactive client: the device commands of {@code ./mplp client} under their
 * names with a slash, run against the session logged in, and the commands that only make sense
 * there (/to, /all, /group, /quit). Each is the same picocli command as in a one-shot run, with the
 * same options and help.
 */
@Command(
    name = "",
    synopsisHeading = "",
    customSynopsis = {
      "Type a command, or any other line to send it as a message to the device chosen with /to.",
      ""
    },
    commandListHeading = "Commands (each takes --help; /help COMMAND shows the same):%n",
    footer = {
      "",
      "/to N takes a device's number in /devices. A device keeps its number while the client"
          + " runs, also when others come and go: the first list is numbered by type, then"
          + " ordinal, and each device seen later gets the next number."
    })
final class InteractiveCommands implements CommandRoot, Runnable {
  private final InteractiveSession session;

  private InteractiveCommands(InteractiveSession session) {
    this.session = session;
  }

  @Override
  public InteractiveSession session() {
    return session;
  }

  @Override
  public void run() {
    // never reached: a line of the interactive client names a command
  }

  /** The command line that runs each command typed in {@code session}. */
  static CommandLine commandLine(InteractiveSession session, Io io) {
    CommandLine root = new CommandLine(new InteractiveCommands(session));
    add(root, "/devices", new DevicesCommand(), "/list");
    add(root, "/group", new ChatCommands.Group());
    add(root, "/to", new ChatCommands.To());
    add(root, "/all", new ChatCommands.All());
    add(root, "/rename", new RenameCommand());
    add(root, "/offer", new OfferCommand());
    add(root, "/accept", new AcceptCommand());
    add(root, "/reject", new RejectCommand());
    add(root, "/cancel", new CancelCommand());
    add(root, "/transfers", new TransfersCommand());
    add(root, "/resume", new ResumeCommand());
    add(root, "/receive", new SettingsCommands.Receive());
    add(root, "/policy", new PolicyCommand());
    add(root, "/revoke", new SettingsCommands.Revoke());
    add(root, "/make-primary", new SettingsCommands.MakePrimary(), "/primary");
    add(root, "/logout", new LogoutCommand());
    add(root, "/quit", new ChatCommands.Quit(), "/exit");
    add(root, "/help", new HelpCommand());
    // Set last: they reach the subcommands registered by now.
    root.setOut(new PrintWriter(io.out(), true));
    root.setErr(new PrintWriter(io.err(), true));
    return root;
  }

  private static void add(CommandLine root, String name, Object command, String... aliases) {
    CommandLine sub = new CommandLine(command);
    sub.getCommandSpec().name(name);
    // The root has no name: without this the synopsis would read "Usage:  /to".
    sub.getCommandSpec().usageMessage().synopsisHeading("Usage:");
    root.addSubcommand(name, sub, aliases);
  }
}
