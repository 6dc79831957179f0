package org.mplp.client.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;

/**
 * What a device command works with. A one-shot command logs in, does its one thing and closes; in
 * the interactive client the same command uses the session that is logged in already, whose screen
 * shows everything that arrives.
 */
interface DeviceSession {
  Io io();

  /** Whether to print JSON instead of text. */
  boolean json();

  /**
   * The device, logged in. A one-shot run logs in now, with {@code listener} told what arrives and
   * {@code prepare} run just before the login; the interactive session is logged in already and
   * shows what arrives itself, so it uses neither.
   */
  MplpClient open(ClientListener listener, Consumer<MplpClient> prepare) throws Exception;

  default MplpClient open(ClientListener listener) throws Exception {
    return open(listener, client -> {});
  }

  /** A command is done with the client: a one-shot run waits for its sends and acknowledgements. */
  void settle(MplpClient client);

  /** After the command, success or not: a one-shot run closes the connection. */
  void release(MplpClient client);

  /**
   * Whether the command is the whole run: a one-shot command waits for the end of a transfer it
   * started, while the interactive client shows it as it goes.
   */
  boolean oneShot();

  /** Where received files go. */
  Path receiveDir();

  /** The device chosen with /to, which an offer goes to by default; none in a one-shot run. */
  Optional<String> chatDevice();

  /** The last offer shown, which accept and reject answer by default; none in a one-shot run. */
  Optional<String> lastOffer();

  /** Whether to show the other devices as the "My devices" group without being asked. */
  boolean groupDevices();

  /** The device logged out: an interactive session ends. */
  void loggedOut();
}
