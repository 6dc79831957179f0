package org.mplp.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.client.TestServer;

/** Transfers, receive permissions and primary operations through the CLI, end to end. */
class TransferCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  private TestServer server;
  private TestServer.Account account;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.start(temp.resolve("server"));
    account = server.newAccount();
    login("pc", "PC");
    login("phone", "MP");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String dir(String device) {
    return temp.resolve(device).toString();
  }

  private String address(String type) {
    return account.name() + "-" + type + "-1";
  }

  private void login(String device, String type) {
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
            dir(device));
    assertThat(run.exit()).as("login of %s: %s", device, run).isZero();
  }

  private Path file(String name, String content) throws IOException {
    Path folder = Files.createDirectories(temp.resolve("outbox"));
    return Files.writeString(folder.resolve(name), content);
  }

  /** The offer command of the PC, running until its transfer ends. */
  private CompletableFuture<CliRun> offerFromPc(String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "offer";
    args[1] = "--state-dir";
    args[2] = dir("pc");
    args[3] = "--to=" + address("MP");
    System.arraycopy(more, 0, args, 4, more.length);
    return CompletableFuture.supplyAsync(() -> CliRun.of(args));
  }

  /** The id of the offer waiting for the phone, as `transfers --json` lists it. */
  private String offerWaitingForPhone() {
    AtomicReference<String> id = new AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              CliRun run = CliRun.of("transfers", "--json", "--state-dir", dir("phone"));
              for (String line : run.out().split("\n")) {
                if (line.contains("\"offered\"")) {
                  id.set(JSON.readTree(line).get("transferId").asText());
                  return true;
                }
              }
              return false;
            });
    return id.get();
  }

  @Test
  void anAcceptedOfferIsUploadedDownloadedCheckedAndStored() throws Exception {
    String content = "line of the report\n".repeat(20_000);
    CompletableFuture<CliRun> offer = offerFromPc(file("report.txt", content).toString());
    String id = offerWaitingForPhone();
    Path into = temp.resolve("downloads");
    CliRun accept =
        CliRun.of("accept", id, "--dir", into.toString(), "--json", "--state-dir", dir("phone"));
    assertThat(accept.exit()).as("%s", accept).isZero();
    JsonNode stored = null;
    for (String line : accept.out().split("\n")) {
      if (line.contains("stored-file")) {
        stored = JSON.readTree(line);
      }
    }
    assertThat(stored).as("%s", accept).isNotNull();
    assertThat(stored.get("result").asText()).isEqualTo("received");
    assertThat(Files.readString(into.resolve("report.txt"))).isEqualTo(content);
    CliRun sent = offer.get();
    assertThat(sent.exit()).as("%s", sent).isZero();
    assertThat(sent.out()).contains("completed").contains("0. report.txt (380000 bytes) received");
  }

  @Test
  void aSecondFileOfTheSameNameIsNotOverwritten() throws Exception {
    Path into = temp.resolve("downloads");
    Files.createDirectories(into);
    Files.writeString(into.resolve("report.txt"), "already here");
    CompletableFuture<CliRun> offer = offerFromPc(file("report.txt", "new").toString());
    CliRun accept =
        CliRun.of(
            "accept",
            offerWaitingForPhone(),
            "--dir",
            into.toString(),
            "--state-dir",
            dir("phone"));
    assertThat(accept.exit()).as("%s", accept).isZero();
    assertThat(Files.readString(into.resolve("report.txt"))).isEqualTo("already here");
    assertThat(Files.readString(into.resolve("report (1).txt"))).isEqualTo("new");
    assertThat(offer.get().exit()).isZero();
  }

  @Test
  void aRejectionWithANoteReachesTheSender() throws Exception {
    CompletableFuture<CliRun> offer = offerFromPc(file("film.mov", "frames").toString());
    CliRun reject =
        CliRun.of(
            "reject", offerWaitingForPhone(), "--note", "no room", "--state-dir", dir("phone"));
    assertThat(reject.exit()).as("%s", reject).isZero();
    CliRun sent = offer.get();
    assertThat(sent.exit()).as("%s", sent).isEqualTo(ExitCodes.REFUSED);
    assertThat(sent.out()).contains("rejected, declined").contains("note \"no room\"");
  }

  @Test
  void transfersListsEachOpenTransferOnceWithoutWaiting() throws Exception {
    CompletableFuture<CliRun> offer = offerFromPc(file("list.txt", "listed").toString());
    String id = offerWaitingForPhone();
    CliRun listed = CliRun.of("transfers", "--json", "--state-dir", dir("phone"));
    assertThat(listed.exit()).as("%s", listed).isZero();
    long lines = listed.out().lines().filter(line -> line.contains(id)).count();
    // Sent after the login and again in the listing, the offer is shown once.
    assertThat(lines).as("lines about %s in %s", id, listed.out()).isEqualTo(1);
    CliRun cancel = CliRun.of("cancel", id, "--state-dir", dir("phone"));
    assertThat(cancel.exit()).as("%s", cancel).isZero();
    CliRun none = CliRun.of("transfers", "--state-dir", dir("phone"));
    assertThat(none.out()).contains("No open transfers.");
    assertThat(offer.get().exit()).isEqualTo(ExitCodes.REFUSED);
  }

  @Test
  void aDirectTransferIsStoredInTheReceiveFolderWithoutAPrompt() throws Exception {
    CompletableFuture<CliRun> offer =
        offerFromPc("--permission", "direct", file("photo.jpg", "pixels").toString());
    Path received = temp.resolve("phone").resolve("received").resolve("photo.jpg");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              CliRun.of("transfers", "--state-dir", dir("phone"));
              return Files.exists(received);
            });
    assertThat(Files.readString(received)).isEqualTo("pixels");
    CliRun sent = offer.get();
    assertThat(sent.exit()).as("%s", sent).isZero();
    assertThat(sent.out()).contains("(direct): accepted").contains("completed");
  }

  @Test
  void aFolderIsOfferedWithItsRelativePathsAndRecreated() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("trip").resolve("day 1"));
    Files.writeString(folder.resolve("notes.txt"), "beach");
    CompletableFuture<CliRun> offer = offerFromPc(temp.resolve("trip").toString());
    Path into = temp.resolve("downloads");
    CliRun accept =
        CliRun.of(
            "accept",
            offerWaitingForPhone(),
            "--dir",
            into.toString(),
            "--state-dir",
            dir("phone"));
    assertThat(accept.exit()).as("%s", accept).isZero();
    assertThat(Files.readString(into.resolve("trip/day 1/notes.txt"))).isEqualTo("beach");
    assertThat(offer.get().exit()).isZero();
  }

  @Test
  void onlyThePrimaryDeviceSetsPolicies() throws Exception {
    CliRun refused =
        CliRun.of("policy", address("PC"), "--transfers", "ask", "--state-dir", dir("phone"));
    assertThat(refused.exit()).as("%s", refused).isEqualTo(ExitCodes.REFUSED);
    assertThat(refused.err()).contains("not-primary");

    CliRun set =
        CliRun.of("policy", address("MP"), "--transfers", "reject", "--state-dir", dir("pc"));
    assertThat(set.exit()).as("%s", set).isZero();
    CliRun shown = CliRun.of("receive", "--state-dir", dir("phone"));
    assertThat(shown.out()).contains("role secondary").contains("policy transfers reject");

    // The policy now turns every offer to the phone away at once.
    CliRun offer = offerFromPc(file("x.txt", "x").toString()).get();
    assertThat(offer.exit()).as("%s", offer).isEqualTo(ExitCodes.REFUSED);
    assertThat(offer.out()).contains("rejected, permission");
  }

  @Test
  void interactiveModePromptsForAnOfferAndAcceptsIt() throws Exception {
    PipedOutputStream keyboard = new PipedOutputStream();
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
    PipedInputStream in = new PipedInputStream(keyboard);
    CompletableFuture<Integer> phone =
        CompletableFuture.supplyAsync(
            () -> ClientMain.run(new String[] {"--state-dir", dir("phone")}, new Io(in, out, out)));
    await().until(() -> screen.toString(StandardCharsets.UTF_8).contains("Logged in as"));
    CompletableFuture<CliRun> offer = offerFromPc(file("song.mp3", "la la la").toString());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> screen.toString(StandardCharsets.UTF_8).contains("? accept with /accept"));
    keyboard.write("/accept\n".getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> screen.toString(StandardCharsets.UTF_8).contains("saved song.mp3"));
    Path saved = temp.resolve("phone").resolve("received").resolve("song.mp3");
    assertThat(Files.readString(saved)).isEqualTo("la la la");
    assertThat(offer.get().exit()).isZero();
    keyboard.write("/quit\n".getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
    assertThat(phone.get()).isZero();
  }

  @Test
  void interactiveModeAcceptsSomeFilesOfAnOffer() throws Exception {
    PipedOutputStream keyboard = new PipedOutputStream();
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
    PipedInputStream in = new PipedInputStream(keyboard);
    CompletableFuture<Integer> phone =
        CompletableFuture.supplyAsync(
            () -> ClientMain.run(new String[] {"--state-dir", dir("phone")}, new Io(in, out, out)));
    await().until(() -> screen.toString(StandardCharsets.UTF_8).contains("Logged in as"));
    CompletableFuture<CliRun> offer =
        offerFromPc(file("a.txt", "first").toString(), file("b.txt", "second").toString());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> screen.toString(StandardCharsets.UTF_8).contains("? accept with /accept"));
    keyboard.write("/accept --files 1\n".getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
    CliRun sent = offer.get();
    assertThat(sent.exit()).as("%s", sent).isZero();
    assertThat(sent.out())
        .contains("0. a.txt (5 bytes) declined")
        .contains("1. b.txt (6 bytes) received");
    Path folder = temp.resolve("phone").resolve("received");
    await().until(() -> Files.exists(folder.resolve("b.txt")));
    assertThat(folder.resolve("a.txt")).doesNotExist();
    keyboard.write("/quit\n".getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
    assertThat(phone.get()).isZero();
  }

  @Test
  void theRecipientCancelsAnOfferAndTheSenderIsTold() throws Exception {
    CompletableFuture<CliRun> offer = offerFromPc(file("late.txt", "late").toString());
    CliRun cancel =
        CliRun.of(
            "cancel",
            offerWaitingForPhone(),
            "--note",
            "changed my mind",
            "--state-dir",
            dir("phone"));
    assertThat(cancel.exit()).as("%s", cancel).isZero();
    CliRun sent = offer.get();
    assertThat(sent.exit()).as("%s", sent).isEqualTo(ExitCodes.REFUSED);
    assertThat(sent.out()).contains("cancelled, cancelled by " + address("MP"));
  }
}
