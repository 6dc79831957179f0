package org.mplp.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command of both command lines answers --help and help COMMAND with its usage and exit 0,
 * doing nothing else: the commands are read from the command trees, so a new one is covered.
 */
class CommandHelpTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private Io io() {
    return ioTo(out);
  }

  private static Io ioTo(ByteArrayOutputStream out) {
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    return new Io(new ByteArrayInputStream(new byte[0]), print, print);
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  static Stream<String> scriptedCommands() {
    return names(new CommandLine(new ClientCommand(null)));
  }

  static Stream<String> interactiveCommands() {
    Io unused = ioTo(new ByteArrayOutputStream());
    return names(InteractiveCommands.commandLine(session(unused), unused));
  }

  private static InteractiveSession session(Io io) {
    return new InteractiveSession(io, false, Path.of("received"));
  }

  /** Names and aliases of every subcommand, the help command included. */
  private static Stream<String> names(CommandLine root) {
    return root.getSubcommands().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("scriptedCommands")
  void everyScriptedCommandShowsItsHelp(String command) {
    String usage = "Usage: mplp client " + canonical(command);
    assertThat(ClientMain.run(new String[] {command, "--help"}, io())).isZero();
    assertThat(printed()).contains(usage);
    out.reset();
    assertThat(ClientMain.run(new String[] {"help", command}, io())).isZero();
    assertThat(printed()).contains(usage);
  }

  @ParameterizedTest
  @MethodSource("interactiveCommands")
  void everyInteractiveCommandShowsItsHelp(String command) {
    Io io = io();
    CommandLine commands = InteractiveCommands.commandLine(session(io), io);
    String usage = "Usage: " + commands.getSubcommands().get(command).getCommandName();
    assertThat(commands.execute(command, "--help")).isZero();
    assertThat(printed()).contains(usage);
    out.reset();
    assertThat(commands.execute(Interactive.words("/help " + command.substring(1)))).isZero();
    assertThat(printed()).contains(usage);
  }

  private static String canonical(String command) {
    return new CommandLine(new ClientCommand(null)).getSubcommands().get(command).getCommandName();
  }

  @ParameterizedTest
  @MethodSource("scriptedCommands")
  void optionsOfTheTopCommandGoAfterEverySubcommand(String command) {
    List<String> options =
        new CommandLine(new ClientCommand(null))
            .getSubcommands().get(command).getCommandSpec().options().stream()
                .map(o -> o.longestName())
                .toList();
    if (command.equals("help")) {
      return; // help names a command; it has no device
    }
    assertThat(options).contains("--state-dir", "--server", "--json", "--receive-dir");
  }
}
