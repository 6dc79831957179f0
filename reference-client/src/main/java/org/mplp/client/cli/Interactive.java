package org.mplp.client.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.client.ServerRefusedException;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.Send;
import org.mplp.spec.model.Undeliverable;

/**
 * The interactive client: reads lines from stdin (a terminal or a pipe), where a line starting with
 * / is a command and any other line a message to the device chosen with /to; what arrives is
 * printed as it comes. End of input quits, after what was sent is accepted.
 */
final class Interactive implements ClientListener {
  static final String HELP =
      String.join(
          "\n",
          "Commands:",
          "  /devices            the account's other devices (\"My devices\"), numbered",
          "  /group on|off       show them as the \"My devices\" group or as a plain list",
          "  /to ADDRESS|N       chat with a device, by address or by its number in /devices",
          "  /all                chat with every other device of the account",
          "  /rename [ADDRESS] LABEL   give this device (or another) a new label",
          "  /offer PATH [--permission direct|ask|reject]   offer a file or folder to the chat device",
          "  /accept [TRANSFER_ID] [--files 0,2]   accept the last offer (or the one named), all"
              + " its files or some; they go to the receive folder",
          "  /reject [NOTE]      reject the last offer, with a note for the sender",
          "  /cancel TRANSFER_ID cancel an open transfer",
          "  /transfers          the transfers seen in this session",
          "  /receive [direct|ask|reject]   show this device's settings, or set how it takes offers",
          "  /policy ADDRESS TRANSFERS [MESSAGES]   primary only: e.g. /policy 235683-TV-1 ask accept",
          "  /revoke ADDRESS     primary only: revoke a device",
          "  /primary ADDRESS    primary only: hand the primary role to a device",
          "  /logout [--remove]  log out and quit; --remove removes this device",
          "  /quit               quit (the device stays registered)",
          "  /help               this text",
          "Any other line is a message to the device you chat with.");

  private final Io io;
  private volatile boolean group;
  private volatile MplpClient client;
  private volatile String chatWith;
  private volatile String lastOffer;
  private volatile java.nio.file.Path receiveDir;
  private final ProgressBars bars;

  Interactive(Io io, boolean group) {
    this.io = io;
    this.group = group;
    this.bars = new ProgressBars(io.err());
  }

  /** Where accepted and direct files go. */
  void receiveDir(java.nio.file.Path dir) {
    this.receiveDir = dir;
  }

  int run(MplpClient loggedIn) throws IOException {
    this.client = loggedIn;
    io.out()
        .println(
            "Logged in as "
                + loggedIn.self().address()
                + ". Type /help for commands, /quit to end.");
    showDevices(loggedIn.contacts().devices());
    BufferedReader in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("/")) {
        if (!command(line)) {
          return ExitCodes.OK;
        }
      } else {
        say(line);
      }
    }
    loggedIn.settle();
    io.out().println("Bye.");
    return ExitCodes.OK;
  }

  /** Carries out one command; false when the client should end. */
  private boolean command(String line) {
    String[] words = line.split("\\s+", 2);
    String rest = words.length > 1 ? words[1].strip() : "";
    try {
      switch (words[0]) {
        case "/help" -> io.out().println(HELP);
        case "/devices", "/list" -> showDevices(client.await(client.listDevices()).devices());
        case "/group" -> {
          group = !rest.equals("off");
          showDevices(client.contacts().devices());
        }
        case "/to" -> chooseChat(rest);
        case "/all" -> chooseChat(Send.ALL_DEVICES);
        case "/rename" -> rename(rest);
        case "/offer", "/accept", "/reject", "/cancel", "/transfers" ->
            transferCommand(words[0], rest);
        case "/receive", "/policy", "/revoke", "/primary" -> settingsCommand(words[0], rest);
        case "/logout" -> {
          client.settle();
          client.logout(rest.equals("--remove"));
          io.out()
              .println(
                  rest.equals("--remove") ? "Logged out; this device is removed." : "Logged out.");
          return false;
        }
        case "/quit", "/exit" -> {
          client.settle();
          io.out().println("Bye.");
          return false;
        }
        default -> io.out().println("Unknown command " + words[0] + "; /help lists them.");
      }
    } catch (ServerRefusedException e) {
      Failures.refused(io, false, e.error());
    } catch (Exception e) {
      io.out().println("! " + e.getMessage());
    }
    return true;
  }

  private void showDevices(List<Device> devices) {
    Render.contactList(client.self(), devices, group).forEach(io.out()::println);
  }

  private void chooseChat(String target) {
    List<Device> devices = client.contacts().devices();
    String address = target;
    if (target.matches("[0-9]{1,4}")) {
      int n = Integer.parseInt(target);
      if (n < 1 || n > devices.size()) {
        io.out().println("No device number " + n + "; /devices lists them.");
        return;
      }
      address = devices.get(n - 1).address();
    } else if (!target.equals(Send.ALL_DEVICES) && client.contacts().find(target).isEmpty()) {
      io.out().println("No device " + target + " on this account; /devices lists them.");
      return;
    }
    chatWith = address;
    io.out()
        .println(
            address.equals(Send.ALL_DEVICES)
                ? "Chatting with every other device."
                : "Chatting with " + address + ".");
  }

  private void rename(String rest) throws Exception {
    String[] words = rest.split("\\s+", 2);
    boolean other = words.length == 2 && words[0].matches(".+-[A-Z0-9]+-[0-9]+");
    String address = other ? words[0] : client.self().address();
    String label = other ? words[1] : rest;
    if (label.isEmpty() || label.length() > 64) {
      io.out().println("A label has 1 to 64 characters.");
      return;
    }
    client.await(client.rename(address, label));
    io.out().println("Renamed " + address + " to \"" + label + "\".");
  }

  private void transferCommand(String command, String rest) throws Exception {
    var transfers = client.transfers();
    switch (command) {
      case "/offer" -> {
        String[] words = rest.split("\\s+--permission\\s+", 2);
        if (words[0].isBlank() || chatWith == null || chatWith.equals(Send.ALL_DEVICES)) {
          io.out().println("Usage: /to ADDRESS first, then /offer PATH [--permission P].");
          return;
        }
        var permission =
            Permissions.parse(words.length > 1 ? words[1].strip() : null, "--permission");
        var files =
            org.mplp.client.transfers.LocalFiles.of(List.of(java.nio.file.Path.of(words[0])));
        transfers.offer(chatWith, files, permission).whenComplete((t, e) -> reportFailure(e));
      }
      case "/accept" -> {
        // /accept [TRANSFER_ID] [--files 0,2]: the last offer and all its files by default.
        String[] parts = rest.split("\\s*--files\\s+", 2);
        String id = parts[0].isBlank() ? lastOffer : parts[0].strip();
        if (id == null) {
          io.out().println("No offer to accept.");
          return;
        }
        List<Integer> files =
            parts.length < 2
                ? null
                : java.util.Arrays.stream(parts[1].strip().split(","))
                    .map(String::strip)
                    .map(Integer::valueOf)
                    .toList();
        transfers.accept(id, files, receiveDir).whenComplete((t, e) -> reportFailure(e));
      }
      case "/reject" -> {
        if (lastOffer == null) {
          io.out().println("No offer to reject.");
          return;
        }
        transfers.reject(lastOffer, rest).whenComplete((t, e) -> reportFailure(e));
      }
      case "/cancel" -> transfers.cancel(rest, null).whenComplete((t, e) -> reportFailure(e));
      default -> {
        var known = client.await(transfers.known());
        if (known.isEmpty()) {
          io.out().println("No transfers in this session.");
        }
        known.forEach(t -> io.out().println(TransferRender.transfer(t, client.self().address())));
      }
    }
  }

  private void settingsCommand(String command, String rest) throws Exception {
    String[] words = rest.isEmpty() ? new String[0] : rest.split("\\s+");
    switch (command) {
      case "/receive" -> {
        var permission = Permissions.parse(words.length > 0 ? words[0] : null, "/receive");
        var settings =
            client.await(permission == null ? client.getSettings() : client.setReceive(permission));
        io.out().println(TransferRender.settings(settings));
      }
      case "/policy" -> {
        if (words.length < 2) {
          io.out().println("Usage: /policy ADDRESS direct|ask|reject [accept|reject]");
          return;
        }
        var messages =
            org.mplp.spec.model.MessageHandling.forWireName(words.length > 2 ? words[2] : "accept");
        client.await(
            client.setPolicy(
                words[0],
                new org.mplp.spec.model.Policy(
                    Permissions.parse(words[1], "/policy"), messages, null)));
        io.out().println("Policy of " + words[0] + " set.");
      }
      case "/revoke" -> {
        client.await(client.revokeDevice(rest));
        io.out().println("Revoked " + rest + ".");
      }
      default -> {
        client.await(client.makePrimary(rest));
        io.out().println(rest + " is now the primary device.");
      }
    }
  }

  private void reportFailure(Throwable failure) {
    if (failure == null) {
      return;
    }
    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof ServerRefusedException refused) {
      Failures.refused(io, false, refused.error());
    } else {
      io.out().println("! " + cause.getMessage());
    }
  }

  @Override
  public void onTransfer(org.mplp.spec.model.Transfer transfer) {
    String self = client == null ? "" : client.self().address();
    io.out().println(TransferRender.transfer(transfer, self));
    if (transfer.to().equals(self)
        && transfer.state() == org.mplp.spec.model.TransferState.OFFERED) {
      lastOffer = transfer.transferId();
      io.out().println("? accept with /accept, or /reject [note]");
    }
  }

  @Override
  public void onTransferProgress(org.mplp.client.transfers.TransferProgressEvent progress) {
    bars.show(progress);
  }

  @Override
  public void onFileStored(org.mplp.client.transfers.StoredFile file) {
    io.out().println(TransferRender.stored(file));
  }

  @Override
  public void onTransferFailure(String transferId, int index, String problem) {
    io.out().println("! file " + index + " of " + transferId + ": " + problem);
  }

  @Override
  public void onSettings(org.mplp.spec.model.Settings settings) {
    if (settings.replyTo() == null) {
      io.out().println("* " + TransferRender.settings(settings));
    }
  }

  private void say(String text) {
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
              } else if (failure.getCause() instanceof ServerRefusedException refused) {
                Failures.refused(io, false, refused.error());
              } else if (failure instanceof ServerRefusedException refused) {
                Failures.refused(io, false, refused.error());
              } else {
                io.out().println("! not sent: " + failure.getMessage());
              }
            });
  }

  @Override
  public void onMessage(Message message) {
    io.out().println(Render.message(message, client == null ? null : client.contacts()));
  }

  @Override
  public void onDeviceEvent(DeviceEvent event) {
    io.out().println(Render.event(event));
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
  public void onServerError(ErrorFrame error) {
    Failures.refused(io, false, error);
  }

  @Override
  public void onDisconnected(String reason, boolean reconnecting) {
    io.out().println("! " + reason + (reconnecting ? "; reconnecting..." : ""));
  }

  @Override
  public void onReconnected(Device self) {
    io.out().println("! reconnected as " + self.address());
  }
}
