package org.mplp.client.cli;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
import org.mplp.client.MplpClient;
import picocli.CommandLine;

/**
 * The interactive client: logs the device in, then reads lines, where a line starting with / is a
 * command run through {@link InteractiveCommands} and any other line a message to the device chosen
 * with /to; what arrives is printed as it comes. It ends at the end of the input (after what was
 * typed is accepted), with /quit or /logout, or when the session ends for good.
 */
final class Interactive {
  private final Io io;
  private final ConnectionOptions connection;
  private final RegistrationOptions registration;
  private final boolean group;

  Interactive(
      Io io, ConnectionOptions connection, RegistrationOptions registration, boolean group) {
    this.io = io;
    this.connection = connection;
    this.registration = registration;
    this.group = group;
  }

  int run() {
    CommandCompleter completer = new CommandCompleter();
    try (LineInput input = LineInput.open(io, completer)) {
      Io screen = input.io();
      InteractiveSession session = new InteractiveSession(screen, group, connection.receiveDir());
      CommandLine commands = InteractiveCommands.commandLine(session, screen);
      completer.commands(commands.getCommandSpec());
      MplpClient client = null;
      try {
        client =
            MplpClient.create(
                connection.config().withTerminal(registration.type(), registration.label),
                new InteractiveScreen(screen, io.err(), session));
        ClientMain.closeOnExit(client);
        session.attach(client);
        client.transfers().receiveDirectory(connection.receiveDir());
        if (client.identity().isEmpty()) {
          registration.check();
          client.register(registration.account, registration.password());
        } else {
          client.resume();
        }
        session.loggedIn();
        return loop(input, session, commands);
      } catch (Exception e) {
        return Failures.report(screen, false, e);
      } finally {
        if (client != null) {
          client.close();
        }
      }
    }
  }

  /**
   * Lines come from a thread of their own, so that a session that ends for good ends the client
   * while it waits for the next line. That thread asks for the next line only once the last one is
   * handled: the prompt then shows what the last command changed, and none follows /quit.
   */
  private int loop(LineInput input, InteractiveSession session, CommandLine commands)
      throws InterruptedException {
    BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
    Semaphore handled = new Semaphore(0);
    CompletableFuture<Integer> end = session.end();
    end.thenRun(() -> lines.add(Optional.empty()));
    Thread reader = new Thread(() -> readAll(input, session, lines, handled), "mplp-client-input");
    reader.setDaemon(true);
    reader.start();
    while (true) {
      Optional<String> next = lines.take();
      if (end.isDone()) {
        return end.join();
      }
      if (next.isEmpty()) {
        session.client().settle();
        session.io().out().println("Bye.");
        return ExitCodes.OK;
      }
      String line = next.get().strip();
      if (line.startsWith("/")) {
        commands.execute(words(line));
      } else if (!line.isEmpty()) {
        session.say(line);
      }
      handled.release();
    }
  }

  private static void readAll(
      LineInput input,
      InteractiveSession session,
      BlockingQueue<Optional<String>> lines,
      Semaphore handled) {
    try {
      for (String line = input.readLine(session.prompt());
          line != null;
          line = input.readLine(session.prompt())) {
        lines.add(Optional.of(line));
        handled.acquire();
      }
    } catch (IOException e) {
      session.io().err().println("mplp client: cannot read the input: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    lines.add(Optional.empty());
  }

  /**
   * The words of a command line, split as a shell would: quotes keep spaces in a word. {@code /help
   * offer} means {@code /help /offer}.
   */
  static String[] words(String line) {
    List<String> words =
        new java.util.ArrayList<>(
            new DefaultParser().parse(line, line.length(), ParseContext.ACCEPT_LINE).words());
    words.removeIf(String::isEmpty);
    if (words.size() > 1 && words.get(0).equals("/help") && !words.get(1).startsWith("/")) {
      words.set(1, "/" + words.get(1));
    }
    return words.toArray(String[]::new);
  }
}
