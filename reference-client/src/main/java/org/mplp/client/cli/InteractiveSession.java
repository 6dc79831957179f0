package org.mplp.client.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.client.ServerRefusedException;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.Send;

/**
 * The interactive client's session: the one logged-in device every command of the interactive
 * client works with, and what the user chose (the chat device, the group view). What arrives is
 * shown by {@link InteractiveScreen}.
 */
final class InteractiveSession implements DeviceSession {
  private final Io io;
  private final Path receiveDir;
  private final CompletableFuture<Integer> end = new CompletableFuture<>();
  private volatile MplpClient client;
  private volatile boolean group;
  private volatile String chatWith;
  private volatile String lastOffer;

  /** {@code io}: where text goes (above the line being edited, on a terminal). */
  InteractiveSession(Io io, boolean group, Path receiveDir) {
    this.io = io;
    this.group = group;
    this.receiveDir = receiveDir;
  }

  /** The device's client, before it logs in: what arrives right after the login finds it. */
  void attach(MplpClient created) {
    this.client = created;
  }

  /** The device logged in: greets the user and shows the contact list. */
  void loggedIn() {
    io.out()
        .println(
            "Logged in as " + client.self().address() + ". Type /help for commands, /quit to end.");
    Render.contactList(client.self(), client.contacts(), group).forEach(io.out()::println);
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

  /** An offer to this device was shown: /accept and /reject answer it by default. */
  void offerShown(String transferId) {
    lastOffer = transferId;
  }

  /** The session ended for good: refused by the server (1) or cut off (3). */
  void endedForGood(boolean refused) {
    end.complete(refused ? ExitCodes.REFUSED : ExitCodes.UNREACHABLE);
  }
}
