package org.mplp.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.client.ClientConfig;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.client.TestServer;
import org.mplp.spec.model.Message;

/** The interactive client driven through its input stream, as a person or a pipe would. */
class InteractiveTest {
  @TempDir Path temp;
  private TestServer server;
  private TestServer.Account account;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.start(temp.resolve("server"));
    account = server.newAccount();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The interactive client in a thread of its own, with a pipe for its stdin. */
  private final class Session {
    final PipedOutputStream keyboard = new PipedOutputStream();
    final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    final CompletableFuture<Integer> exit;

    Session(String... args) throws IOException {
      PipedInputStream in = new PipedInputStream(keyboard);
      PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
      exit = CompletableFuture.supplyAsync(() -> ClientMain.run(args, new Io(in, out, out)));
    }

    void type(String line) throws IOException {
      keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
    }

    String screen() {
      return screen.toString(StandardCharsets.UTF_8);
    }

    void awaitScreen(String text) {
      await().until(() -> screen().contains(text));
    }

    /** Types a line and waits for {@code text} among what the line printed. */
    String typeAndAwait(String line, String text) throws IOException {
      int before = screen().length();
      type(line);
      await().until(() -> screen().substring(before).contains(text));
      return screen().substring(before);
    }
  }

  private String dir(String device) {
    return temp.resolve(device).toString();
  }

  private void register(String device, String type) {
    CliRun run =
        CliRun.of(
            "login",
            "--server",
            server.controlUri().toString(),
            "--account",
            account.name(),
            "--password",
            account.password(),
            "--type",
            type,
            "--label",
            device,
            "--state-dir",
            temp.resolve(device).toString());
    assertThat(run.exit()).as("%s", run).isZero();
  }

  @Test
  void chatsWithADeviceShowsWhatArrivesAndQuits() throws Exception {
    register("phone", "MP");
    String phoneAddress = account.name() + "-MP-1";
    StringBuffer phoneGot = new StringBuffer();
    try (MplpClient phone =
        MplpClient.create(
            ClientConfig.of(temp.resolve("phone")),
            new ClientListener() {
              @Override
              public void onMessage(Message message) {
                phoneGot.append(message.body()).append('\n');
              }
            })) {
      phone.resume();
      Session pc =
          new Session(
              "--server",
              server.controlUri().toString(),
              "--account",
              account.name(),
              "--password",
              account.password(),
              "--label",
              "Office PC",
              "--state-dir",
              temp.resolve("pc").toString());
      pc.awaitScreen("Logged in as " + account.name() + "-PC-1");
      // The contact list is printed after the login line: wait for it as well.
      pc.awaitScreen("1. " + phoneAddress);
      assertThat(pc.screen()).contains("Contacts (1)");

      pc.type("/help");
      pc.awaitScreen("Commands (each takes --help");
      pc.type("/help to");
      pc.awaitScreen("Usage: /to [-h] ADDRESS|N");
      pc.type("/group on");
      pc.awaitScreen("My devices (1)");
      pc.type("a line before any chat");
      pc.awaitScreen("Choose a device first");
      pc.type("/to 1");
      pc.awaitScreen("Chatting with " + phoneAddress);
      pc.type("hi phone");
      pc.awaitScreen("(sent to " + phoneAddress + ")");
      await().until(() -> phoneGot.toString().equals("hi phone\n"));
      pc.awaitScreen("(delivered to " + phoneAddress);

      phone.await(phone.send(account.name() + "-PC-1", "text/plain", "hello from the phone"));
      pc.awaitScreen(phoneAddress + " (phone): hello from the phone");

      pc.type("/rename Work PC");
      pc.awaitScreen("Renamed " + account.name() + "-PC-1 to \"Work PC\"");
      pc.type("/to " + account.name() + "-TV-3");
      pc.awaitScreen("no device " + account.name() + "-TV-3");
      pc.type("/quit");
      assertThat(pc.exit.get()).isZero();
      assertThat(pc.screen().split("hello from the phone", -1))
          .as("the phone's message shown once")
          .hasSize(2);
    }
  }

  @Test
  void endOfInputQuitsAfterWhatWasTypedIsAccepted() throws Exception {
    register("pc", "PC");
    register("phone", "MP");
    CliRun run =
        CliRun.withInput(
            "/to " + account.name() + "-MP-1\nfirst\nsecond\n",
            "--state-dir",
            temp.resolve("pc").toString());
    assertThat(run.exit()).as("%s", run).isZero();
    CliRun watched =
        CliRun.of(
            "watch",
            "--state-dir",
            temp.resolve("phone").toString(),
            "--count",
            "2",
            "--timeout",
            "30");
    assertThat(watched.out()).contains(": first").contains(": second");
  }

  @Test
  void logoutWithRemoveEndsTheClientAndForgetsTheDevice() {
    register("tv", "TV");
    CliRun run =
        CliRun.withInput("/logout --remove\n", "--state-dir", temp.resolve("tv").toString());
    assertThat(run.exit()).as("%s", run).isZero();
    assertThat(run.out()).contains("this device is removed");
    assertThat(temp.resolve("tv").resolve("device.properties")).doesNotExist();
  }

  @Test
  void anUnregisteredDeviceWithoutAnAccountIsAUsageError() {
    CliRun run = CliRun.of("--state-dir", temp.resolve("nobody").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--account");
  }

  @Test
  void eachLineRunsTheCommandItNamesAndAWrongWordIsRefusedWithTheUsage() throws Exception {
    register("pc", "PC");
    register("phone", "MP");
    String phone = account.name() + "-MP-1";
    Session pc = new Session("--state-dir", dir("pc"));
    pc.awaitScreen("Logged in as");
    pc.typeAndAwait("/receive sometimes", "Usage: /receive [-h] [direct|ask|reject]");
    pc.typeAndAwait("/make-primary", "Missing required parameter: 'ADDRESS'");
    pc.typeAndAwait("/primary " + phone + " now", "Unmatched argument at index 2: 'now'");
    pc.typeAndAwait("/settings " + phone, "Unmatched arguments from index 0: '/settings'");
    pc.typeAndAwait("/offer --help", "Usage: /offer");
    pc.typeAndAwait("/offer /nowhere", "choose one device with /to first");
    String settings = pc.typeAndAwait("/receive", "settings of ");
    assertThat(settings).as("no word fell through to make-primary").contains("role primary");
    pc.typeAndAwait("/receive ask", "receive ask");
    pc.type("/quit");
    assertThat(pc.exit.get()).isZero();
    CliRun phoneSettings = CliRun.of("receive", "--state-dir", dir("phone"));
    assertThat(phoneSettings.out()).contains("role secondary");
  }

  @Test
  void aDeviceKeepsItsNumberWhileOthersComeAndGo() throws Exception {
    register("pc", "PC");
    register("phone", "MP");
    register("tv", "TV");
    String phone = account.name() + "-MP-1";
    String tv = account.name() + "-TV-1";
    String pad = account.name() + "-PAD-1";
    Session pc = new Session("--state-dir", dir("pc"));
    pc.awaitScreen("2. " + tv);
    assertThat(pc.screen()).contains("1. " + phone);
    // PAD sorts between MP and TV, but it came later: the next number, and the TV keeps 2.
    register("pad", "PAD");
    pc.awaitScreen("* new device " + pad + " (pad), PAD (/to 3)");
    assertThat(CliRun.of("logout", "--remove", "--state-dir", dir("phone")).exit()).isZero();
    pc.awaitScreen(phone + " (phone) was removed");
    String list = pc.typeAndAwait("/devices", "3. " + pad);
    assertThat(list).contains("2. " + tv).doesNotContain(phone).doesNotContain("1. ");
    pc.typeAndAwait("/to 2", "Chatting with " + tv + ".");
    pc.typeAndAwait("/to 1", "no device number 1");
    pc.typeAndAwait("/help devices", "A device keeps its number");
    pc.type("/quit");
    assertThat(pc.exit.get()).isZero();
  }

  @Test
  void aSessionThatEndsForGoodEndsTheClientWithoutWaitingForQuit() throws Exception {
    register("pc", "PC");
    Session pc = new Session("--state-dir", dir("pc"));
    pc.awaitScreen("Logged in as");
    // The same device logs in elsewhere: the interactive session is replaced.
    assertThat(CliRun.of("devices", "--state-dir", dir("pc")).exit()).isZero();
    await().atMost(Duration.ofSeconds(60)).until(pc.exit::isDone);
    assertThat(pc.exit.get()).as(pc.screen()).isEqualTo(ExitCodes.REFUSED);
    assertThat(pc.screen()).contains("session-replaced").contains("the session has ended");
  }
}
