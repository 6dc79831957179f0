package org.mplp.client.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.client.ServerRefusedException;
import org.mplp.client.transfers.StoredFile;
import org.mplp.client.transfers.TransferProgressEvent;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.Send;
import org.mplp.spec.model.Settings;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferState;
import org.mplp.spec.model.Undeliverable;

/**
 * The interactive client's session: the one logged-in device every command of the interactive
 * client works with, what the user chose (the chat device, the group view), and the screen where
 * everything that arrives is shown as it comes.
 */
final class InteractiveSession implements DeviceSession, ClientListener {
  private final Io io;
  private final ProgressBars bars;
  private final Path receiveDir;
  private final CompletableFuture<Integer> end = new CompletableFuture<>();
  private volatile MplpClient client;
  private volatile boolean group;
  private volatile String chatWith;
  private volatile String lastOffer;
  private volatile String fatalCode;

  /**
   * @param io where text goes (above the line being edited, on a terminal)
   * @param barsTo where progress bars go: the terminal itself, since they redraw their line
   */
  InteractiveSession(Io io, PrintStream barsTo, boolean group, Path receiveDir) {
    this.io = io;
    this.bars = new ProgressBars(barsTo);
    this.group = group;
    this.receiveDir = receiveDir;
  }

  /** The device logged in: greets the user and shows the contact list. */
  void loggedIn(MplpClient loggedIn) {
    this.client = loggedIn;
    io.out()
        .println(
            "Logged in as "
                + loggedIn.self().address()
                + ". Type /help for commands, /quit to end.");
    Render.contactList(loggedIn.self(), loggedIn.contacts(), group).forEach(io.out()::println);
  }

  MplpClient client() {
    return client;
  }

  /** Completes with the exit code when the session ends: quit, logout, or for good on its own. */
  CompletableFuture<Integer> end() {
    return end;
  }

  void quit() {
    end.complete(ExitCodes.OK);
  }

  void group(boolean on) {
    group = on;
  }

  /** The prompt of the line editor: whom a line of text goes to. */
  String prompt() {
    String to = chatWith;
    return to == null ? "> " : (to.equals(Send.ALL_DEVICES) ? "all" : to) + "> ";
  }

  /** Chooses the device lines of text go to: an address, a number of the contact list, or all. */
  void chatWith(String target) throws UsageException {
    String address = target;
    if (target.matches("[0-9]{1,4}")) {
      int n = Integer.parseInt(target);
      address =
          client
              .contacts()
              .byNumber(n)
              .map(Device::address)
              .orElseThrow(() -> new UsageException("no device number " + n + "; see /devices"));
    } else if (!target.equals(Send.ALL_DEVICES) && client.contacts().find(target).isEmpty()) {
      throw new UsageException("no device " + target + " on this account; see /devices");
    }
    chatWith = address;
    io.out()
        .println(
            address.equals(Send.ALL_DEVICES)
                ? "Chatting with every other device."
                : "Chatting with " + address + ".");
  }

  /** A line of text: a message to the chat device. */
  void say(String text) {
    String to = chatWith;
    if (to == null) {
      io.out().println("Choose a device first: /to ADDRESS or /to N (see /devices).");
      return;
    }
    client
        .send(to, "text/plain", text)
        .whenComplete(
            (accepted, failure) -> {
              if (failure == null) {
                accepted.recipients().forEach(r -> io.out().println("  (sent to " + r.to() + ")"));
              } else {
                reportFailure(failure, "! not sent: ");
              }
            });
  }

  private void reportFailure(Throwable failure, String prefix) {
    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof ServerRefusedException refused) {
      Failures.refused(io, false, refused.error());
    } else {
      io.out().println(prefix + cause.getMessage());
    }
  }

  // ---- DeviceSession: the commands of the interactive client use the device logged in ----

  @Override
  public Io io() {
    return io;
  }

  @Override
  public boolean json() {
    return false;
  }

  @Override
  public MplpClient open(ClientListener listener, Consumer<MplpClient> prepare) {
    return client;
  }

  @Override
  public void settle(MplpClient used) {
    // the session goes on: what is on its way is shown when it arrives
  }

  @Override
  public void release(MplpClient used) {
    // the session stays logged in
  }

  @Override
  public boolean oneShot() {
    return false;
  }

  @Override
  public Path receiveDir() {
    return receiveDir;
  }

  @Override
  public Optional<String> chatDevice() {
    return Optional.ofNullable(chatWith);
  }

  @Override
  public Optional<String> lastOffer() {
    return Optional.ofNullable(lastOffer);
  }

  @Override
  public boolean groupDevices() {
    return group;
  }

  @Override
  public void loggedOut() {
    end.complete(ExitCodes.OK);
  }

  // ---- ClientListener: the screen ----

  @Override
  public void onMessage(Message message) {
    io.out().println(Render.message(message, client == null ? null : client.contacts()));
  }

  @Override
  public void onDeviceEvent(DeviceEvent event) {
    String line = Render.event(event);
    if (event.event() == DeviceEventKind.ADDED && client != null) {
      var number = client.contacts().number(event.device().address());
      if (number.isPresent()) {
        line += " (/to " + number.getAsInt() + ")";
      }
    }
    io.out().println(line);
  }

  @Override
  public void onDelivered(Delivered delivered) {
    io.out().println(Render.delivered(delivered));
  }

  @Override
  public void onUndeliverable(Undeliverable undeliverable) {
    io.out().println(Render.undeliverable(undeliverable));
  }

  @Override
  public void onTransfer(Transfer transfer) {
    String self = client == null ? "" : client.self().address();
    io.out().println(TransferRender.transfer(transfer, self));
    if (transfer.to().equals(self) && transfer.state() == TransferState.OFFERED) {
      lastOffer = transfer.transferId();
      io.out().println("? accept with /accept, or /reject [--note TEXT]");
    }
  }

  @Override
  public void onTransferProgress(TransferProgressEvent progress) {
    bars.show(progress);
  }

  @Override
  public void onFileStored(StoredFile file) {
    io.out().println(TransferRender.stored(file));
  }

  @Override
  public void onTransferFailure(String transferId, int index, String problem) {
    io.out().println("! file " + index + " of " + transferId + ": " + problem);
  }

  @Override
  public void onSettings(Settings settings) {
    if (settings.replyTo() == null) {
      io.out().println("* " + TransferRender.settings(settings));
    }
  }

  @Override
  public void onServerError(ErrorFrame error) {
    if (error.fatal()) {
      fatalCode = error.code();
    }
    Failures.refused(io, false, error);
  }

  /** A session that ends for good ends the client: refused (1) or cut off (3). */
  @Override
  public void onDisconnected(String reason, boolean reconnecting) {
    if (reconnecting) {
      io.out().println("! " + reason + "; reconnecting...");
      return;
    }
    io.err().println("mplp client: the session has ended (" + reason + "); quitting.");
    end.complete(fatalCode != null ? ExitCodes.REFUSED : ExitCodes.UNREACHABLE);
  }

  @Override
  public void onReconnected(Device self) {
    io.out().println("! reconnected as " + self.address());
  }
}
