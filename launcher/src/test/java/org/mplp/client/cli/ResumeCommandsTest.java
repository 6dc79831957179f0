package org.mplp.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.client.TestServer;
import org.mplp.client.transfers.Transfers;

/**
 * Transfers that outlive the processes that started them: an offer accepted while its sender's
 * process was not running, uploads and downloads cut off and resumed by one command, a cancel that
 * leaves no partial file, a direct transfer to a device that was offline.
 */
class ResumeCommandsTest {
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
            "--state-dir",
            dir(device));
    assertThat(run.exit()).as("login of %s: %s", device, run).isZero();
  }

  private Path randomFile(String name, int size) throws Exception {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return Files.write(Files.createDirectories(temp.resolve("outbox")).resolve(name), bytes);
  }

  /** The PC offers and its process ends before anyone answers, as after a Ctrl-C. */
  private String offerAndLeave(String... more) {
    String[] args = {"offer", "--state-dir", dir("pc"), "--to", account.name() + "-MP-1"};
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    CliRun offer = CliRun.of(all);
    assertThat(offer.exit()).as("%s", offer).isEqualTo(ExitCodes.TIMED_OUT);
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
  void anUploadAndADownloadCutOffAreEachResumedByOneCommand() throws Exception {
    Path original = randomFile("film.bin", 3 * 1024 * 1024 + 17);
    String id = offerAndLeave("--timeout", "1", original.toString());
    Path into = temp.resolve("downloads");
    // Accepted while the sender's process is not running: no byte can move yet.
    CliRun accept =
        CliRun.of(
            "accept", id, "--dir", into.toString(), "--timeout", "1", "--state-dir", dir("phone"));
    assertThat(accept.exit()).as("%s", accept).isEqualTo(ExitCodes.TIMED_OUT);
    // A download cut off halfway leaves the bytes it had in its partial file.
    byte[] bytes = Files.readAllBytes(original);
    Path partial = Transfers.partialFile(into, id, 0);
    Files.createDirectories(partial.getParent());
    Files.write(partial, Arrays.copyOf(bytes, bytes.length / 2));
    // A run of the PC's client starts the upload and ends in the middle of it.
    assertThat(CliRun.of("transfers", "--state-dir", dir("pc")).exit()).isZero();

    CliRun pcResume = CliRun.of("resume", "--timeout", "60", "--state-dir", dir("pc"));
    assertThat(pcResume.exit()).as("%s", pcResume).isZero();
    assertThat(pcResume.out()).contains("resumed " + id);
    CliRun phoneResume = CliRun.of("resume", "--timeout", "60", "--state-dir", dir("phone"));
    assertThat(phoneResume.exit()).as("%s", phoneResume).isZero();
    assertThat(phoneResume.out()).contains("resumed " + id + ": completed");
    assertThat(Files.readAllBytes(into.resolve("film.bin"))).isEqualTo(bytes);
    assertThat(partial).doesNotExist();
    CliRun nothing = CliRun.of("resume", "--state-dir", dir("phone"));
    assertThat(nothing.out()).contains("Nothing to resume.");
  }

  @Test
  void aCancelledTransferLeavesNoPartialFile() throws Exception {
    String id = offerAndLeave("--timeout", "1", randomFile("big.bin", 4096).toString());
    Path into = temp.resolve("downloads");
    CliRun accept =
        CliRun.of(
            "accept", id, "--dir", into.toString(), "--timeout", "1", "--state-dir", dir("phone"));
    assertThat(accept.exit()).as("%s", accept).isEqualTo(ExitCodes.TIMED_OUT);
    Path partial = Transfers.partialFile(into, id, 0);
    Files.createDirectories(partial.getParent());
    Files.write(partial, new byte[1000]);
    CliRun cancel = CliRun.of("cancel", id, "--state-dir", dir("phone"));
    assertThat(cancel.exit()).as("%s", cancel).isZero();
    assertThat(partial).doesNotExist();
  }

  @Test
  void aDirectFileForAnOfflinePhoneWaitsOnTheServerAfterTheSenderLeft() throws Exception {
    CliRun direct = CliRun.of("receive", "direct", "--state-dir", dir("phone"));
    assertThat(direct.exit()).as("%s", direct).isZero();
    Path original = randomFile("photo.bin", 700_000);
    CliRun offer =
        CliRun.of(
            "offer",
            "--state-dir",
            dir("pc"),
            "--to",
            account.name() + "-MP-1",
            "--permission",
            "direct",
            "--until-uploaded",
            original.toString());
    assertThat(offer.exit()).as("%s", offer).isZero();
    assertThat(offer.out()).contains("the server holds it");
    // The phone comes later; its client stores the file, hash checked, in its receive folder.
    CliRun phone = CliRun.of("transfers", "--state-dir", dir("phone"));
    assertThat(phone.exit()).as("%s", phone).isZero();
    Path stored = temp.resolve("phone").resolve("received").resolve("photo.bin");
    assertThat(stored).exists();
    assertThat(Files.readAllBytes(stored)).isEqualTo(Files.readAllBytes(original));
    assertThat(phone.out()).contains("completed");
  }
}
