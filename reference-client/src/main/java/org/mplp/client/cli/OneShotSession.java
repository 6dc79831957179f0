package org.mplp.client.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;

/** A one-shot command's own connection: the device of the state directory, logged in again. */
final class OneShotSession implements DeviceSession {
  private final Io io;
  private final ConnectionOptions connection;

  OneShotSession(Io io, ConnectionOptions connection) {
    this.io = io;
    this.connection = connection;
  }

  @Override
  public Io io() {
    return io;
  }

  @Override
  public boolean json() {
    return connection.json;
  }

  @Override
  public MplpClient open(ClientListener listener, Consumer<MplpClient> prepare) throws Exception {
    MplpClient client = registered(listener);
    try {
      prepare.accept(client);
      client.resume();
      return client;
    } catch (Exception e) {
      client.close();
      throw e;
    }
  }

  /** The device of the state directory, not yet connected. */
  MplpClient registered(ClientListener listener) throws Exception {
    MplpClient client = MplpClient.create(connection.config(), listener);
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

  @Override
  public void settle(MplpClient client) {
    client.settle();
  }

  @Override
  public void release(MplpClient client) {
    client.close();
  }

  @Override
  public boolean oneShot() {
    return true;
  }

  @Override
  public Path receiveDir() {
    return connection.receiveDir();
  }

  @Override
  public Optional<String> chatDevice() {
    return Optional.empty();
  }

  @Override
  public Optional<String> lastOffer() {
    return Optional.empty();
  }

  @Override
  public boolean groupDevices() {
    return false;
  }

  @Override
  public void loggedOut() {
    // the run ends with the command anyway
  }
}
