package org.mplp.launcher.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.mplp.client.ClientConfig;
import org.mplp.client.MplpClient;
import org.mplp.client.ServerRefusedException;
import org.mplp.client.transfers.LocalFiles;
import org.mplp.client.transfers.StoredFile;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.MessageHandling;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Policy;
import org.mplp.spec.model.Settings;
import org.mplp.spec.model.Transfer;

/**
 * The demo's story, told over the wire by three clients of one account: a PC, a phone and a TV.
 * Each step prints what happened and the embodiment it shows; the outcome is kept for the test.
 */
final class Walkthrough {
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** What the walkthrough saw: each field can be checked against what should have happened. */
  record Outcome(
      String account,
      String password,
      List<String> addresses,
      String messageBody,
      Transfer accepted,
      Path acceptedFile,
      String acceptedFirstLine,
      Transfer rejected,
      Transfer direct,
      Path directFile,
      Settings pushedToTv,
      String secondaryRefusal) {}

  private final URI controlUri;
  private final Path workDir;
  private final PrintStream out;
  final DemoDevice pc;
  final DemoDevice phone;
  final DemoDevice tv;

  Walkthrough(URI controlUri, Path workDir, PrintStream out) {
    this.controlUri = controlUri;
    this.workDir = workDir;
    this.out = out;
    this.pc = new DemoDevice("PC", out);
    this.phone = new DemoDevice("phone", out);
    this.tv = new DemoDevice("TV", out);
  }

  Outcome run(DemoAccount account) throws Exception {
    step("S21-S24: three devices of account " + account.name() + " log in and get their addresses");
    register(pc, "PC", "Study PC", account);
    register(phone, "MP", "My phone", account);
    register(tv, "TV", "Living-room TV", account);
    for (DemoDevice d : List.of(pc, phone, tv)) {
      say(d.name + " is " + d.address() + " (" + d.client.self().role().wireName() + ")");
    }

    step("S31-S33: the PC's contact list shows the other devices as the group \"My devices\"");
    List<Device> others = pc.client.await(pc.client.listDevices()).devices();
    say("My devices (" + others.size() + ")");
    for (Device d : others) {
      say("  " + d.address() + "  \"" + d.label() + "\"  " + d.presence().wireName());
    }

    step("S41-S43: the PC sends a message to the phone");
    String body = "Hello from the PC";
    pc.client.await(pc.client.send(phone.address(), "text/plain", body));
    String received = take(phone.messages, "the message").body();
    say("the phone got \"" + received + "\" from " + pc.address());

    step("S51-S54: the PC offers a file; the phone's user accepts it");
    Path report = writeFile("report.txt", "Quarterly report\n".repeat(4096));
    Path phoneDir = phone.receiveDir;
    Transfer offered = offer(report, phone, Permission.ASK);
    say("offer " + offered.transferId() + " is " + offered.state().wireName() + "; the phone asks");
    Transfer toAccept = take(phone.offers, "the offer");
    phone.client.await(phone.client.transfers().accept(toAccept.transferId(), null, phoneDir));
    Transfer accepted = finish(pc, offered);
    StoredFile acceptedFile = take(phone.stored, "the stored file");
    say(
        "transfer "
            + accepted.transferId()
            + " "
            + accepted.state().wireName()
            + "; SHA-256 checked, stored as "
            + acceptedFile.stored());

    step("S51-S54: the PC offers another file; the phone's user rejects it with a note");
    Path holiday = writeFile("holiday.mov", "not a real film\n".repeat(64));
    Transfer second = offer(holiday, phone, Permission.ASK);
    Transfer toReject = take(phone.offers, "the second offer");
    phone.client.await(
        phone.client.transfers().reject(toReject.transferId(), "no room on the phone"));
    Transfer rejected = finish(pc, second);
    say(
        "transfer "
            + rejected.transferId()
            + " "
            + rejected.state().wireName()
            + ", the PC reads the note \""
            + rejected.note()
            + "\"");

    step("S61-S63: the PC sends a photo with permission direct; the TV stores it without a prompt");
    Path tvDir = tv.receiveDir;
    tv.client.transfers().receiveDirectory(tvDir);
    Path photo = writeFile("photo.jpg", "pretend JPEG bytes\n".repeat(1024));
    Transfer directOffer = offer(photo, tv, Permission.DIRECT);
    say("offer " + directOffer.transferId() + " is " + directOffer.state().wireName() + " at once");
    Transfer direct = finish(pc, directOffer);
    StoredFile directFile = take(tv.stored, "the TV's stored file");
    say(
        "transfer "
            + direct.transferId()
            + " "
            + direct.state().wireName()
            + "; the TV stored "
            + directFile.stored());

    step("claim 5: the primary PC sets the TV's policy; the secondary phone may not");
    pc.client.await(
        pc.client.setPolicy(
            tv.address(), new Policy(Permission.ASK, MessageHandling.ACCEPT, null)));
    Settings pushed = take(tv.pushedSettings, "the TV's new settings");
    say(
        "the TV was told at once: transfers "
            + pushed.policy().transfers().wireName()
            + ", messages "
            + pushed.policy().messages().wireName());
    String refusal;
    try {
      phone.client.await(
          phone.client.setPolicy(
              tv.address(), new Policy(Permission.DIRECT, MessageHandling.ACCEPT, null)));
      refusal = null;
      say("the phone's set-policy was accepted (it should not have been)");
    } catch (ServerRefusedException e) {
      refusal = e.code();
      say("the phone's set-policy was refused: " + e.code());
    }
    return new Outcome(
        account.name(),
        account.password(),
        List.of(pc.address(), phone.address(), tv.address()),
        received,
        accepted,
        acceptedFile.stored(),
        firstLine(acceptedFile.stored()),
        rejected,
        direct,
        directFile.stored(),
        pushed,
        refusal);
  }

  private void register(DemoDevice device, String type, String label, DemoAccount account)
      throws Exception {
    ClientConfig config =
        ClientConfig.of(workDir.resolve("state-" + device.name))
            .withServer(controlUri)
            .withTerminal(type, label);
    device.client = MplpClient.create(config, device);
    device.receiveDir = workDir.resolve(device.name + "-received");
    device.client.register(account.name(), account.password().toCharArray());
  }

  private Transfer offer(Path file, DemoDevice to, Permission permission) throws Exception {
    return pc.client.await(
        pc.client.transfers().offer(to.address(), LocalFiles.of(List.of(file)), permission));
  }

  private Transfer finish(DemoDevice device, Transfer transfer) throws Exception {
    return device.client.await(device.client.transfers().finished(transfer.transferId()));
  }

  private static String firstLine(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.findFirst().orElse("");
    }
  }

  private Path writeFile(String name, String content) throws IOException {
    Path folder = Files.createDirectories(workDir.resolve("pc-files"));
    return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static <T> T take(BlockingQueue<T> queue, String what)
      throws InterruptedException, IOException {
    T value = queue.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    if (value == null) {
      throw new IOException(what + " did not arrive within " + WAIT.toSeconds() + " s");
    }
    return value;
  }

  private void step(String title) {
    out.println();
    out.println("== " + title);
  }

  private void say(String line) {
    out.println("   " + line);
  }

  void closeAll() {
    for (DemoDevice d : List.of(pc, phone, tv)) {
      if (d.client != null) {
        d.client.close();
      }
    }
  }
}
