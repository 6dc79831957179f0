package org.mplp.client.cli;

import java.util.concurrent.Callable;
import org.mplp.client.ClientConfig;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * A one-shot subcommand of a registered device: logs in with the device credential, does one thing,
 * closes. Whatever goes wrong ends as a message and an exit code.
 */
abstract class DeviceCommand implements Callable<Integer> {
  @ParentCommand ClientCommand root;

  @Mixin ConnectionOptions connection;

  @Override
  public final Integer call() {
    Io io = root.io();
    try {
      return run(io);
    } catch (Exception e) {
      return Failures.report(io, connection.json, e);
    }
  }

  abstract int run(Io io) throws Exception;

  ClientConfig config() throws UsageException {
    return connection.config();
  }

  /** The device of the state directory, logged in again with its credential. */
  MplpClient resumed(ClientListener listener) throws Exception {
    MplpClient client = registered(listener);
    try {
      client.resume();
      return client;
    } catch (Exception e) {
      client.close();
      throw e;
    }
  }

  /** The device of the state directory, not yet connected. */
  MplpClient registered(ClientListener listener) throws Exception {
    MplpClient client = MplpClient.create(config(), listener);
    ClientMain.closeOnExit(client);
    if (client.identity().isEmpty()) {
      client.close();
      throw new UsageException(
          "no device registered in "
              + connection.stateDir.toAbsolutePath()
              + ": run ./mplp client login --account NAME --password-file FILE first"
              + " (or pass --state-dir)");
    }
    return client;
  }
}
