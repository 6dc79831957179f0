package org.mplp.client.cli;

import java.util.concurrent.Callable;
import org.mplp.client.MplpClient;
import org.mplp.spec.model.Send;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The commands only the interactive client has: whom to chat with, how to show them, quit. */
final class ChatCommands {
  private ChatCommands() {}

  /** Runs a command of the session, turning a usage problem into its message. */
  private abstract static class SessionCommand implements Callable<Integer> {
    @ParentCommand InteractiveCommands root;

    @Mixin HelpOption help;

    @Override
    public final Integer call() {
      InteractiveSession session = root.session();
      try {
        return run(session);
      } catch (UsageException e) {
        return Failures.report(session.io(), false, e);
      }
    }

    abstract int run(InteractiveSession session) throws UsageException;
  }

  /** {@code /to}: the device lines of text go to (S41). */
  @Command(
      name = "to",
      description = "Chat with a device: every line that is not a command goes to it.")
  static final class To extends SessionCommand {
    @Parameters(
        paramLabel = "ADDRESS|N",
        description =
            "the device's address, or its number in /devices (kept while the client runs)")
    String target;

    @Override
    int run(InteractiveSession session) throws UsageException {
      session.chatWith(target);
      return ExitCodes.OK;
    }
  }

  /** {@code /all}: lines of text go to every other device of the account. */
  @Command(name = "all", description = "Chat with every other device of the account at once.")
  static final class All extends SessionCommand {
    @Override
    int run(InteractiveSession session) throws UsageException {
      session.chatWith(Send.ALL_DEVICES);
      return ExitCodes.OK;
    }
  }

  /** {@code /group}: the other devices as the "My devices" group, or as a plain list (S31). */
  @Command(
      name = "group",
      description =
          "Show the other devices as the \"My devices\" group (on), or as a plain list while there"
              + " are three or fewer (off).")
  static final class Group extends SessionCommand {
    @Parameters(
        paramLabel = "on|off",
        arity = "0..1",
        defaultValue = "on",
        description = "(default: ${DEFAULT-VALUE})")
    String setting;

    @Override
    int run(InteractiveSession session) throws UsageException {
      if (!setting.equals("on") && !setting.equals("off")) {
        throw new UsageException("/group takes on or off, not " + setting);
      }
      session.group(setting.equals("on"));
      MplpClient client = session.client();
      Render.contactList(client.self(), client.contacts(), session.groupDevices())
          .forEach(session.io().out()::println);
      return ExitCodes.OK;
    }
  }

  /** {@code /quit}: ends the client; the device stays registered. */
  @Command(
      name = "quit",
      description = "Quit once what was typed is sent; the device stays registered.")
  static final class Quit extends SessionCommand {
    @Override
    int run(InteractiveSession session) {
      session.client().settle();
      session.io().out().println("Bye.");
      session.quit();
      return ExitCodes.OK;
    }
  }
}
