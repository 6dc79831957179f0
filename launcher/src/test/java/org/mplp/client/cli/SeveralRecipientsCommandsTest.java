package org.mplp.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.client.TestServer;

/**
 * One offer to several devices from the CLI (spec: Several recipients): each device answers for
 * itself, and the sender uploads each file once for every device that accepted it.
 */
class SeveralRecipientsCommandsTest {
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
    login("tv", "TV");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theOneAcceptedGetsTheFileAndTheOneRejectedNothing() throws Exception {
    Path original = randomFile("holiday.bin", 500_000);
    CliRun offer =
        CliRun.of(
            "offer",
            "--state-dir",
            dir("pc"),
            "--to",
            account.name() + "-MP-1",
            "--to",
            account.name() + "-TV-1",
            "--timeout",
            "1",
            original.toString());
    assertThat(offer.exit()).as("%s", offer).isEqualTo(ExitCodes.TIMED_OUT);
    String forPhone = offered("phone");
    String forTv = offered("tv");
    assertThat(forPhone).isNotEqualTo(forTv);

    CliRun reject = CliRun.of("reject", forTv, "--state-dir", dir("tv"));
    assertThat(reject.exit()).as("%s", reject).isZero();
    Path into = temp.resolve("downloads");
    CliRun accept =
        CliRun.of(
            "accept",
            forPhone,
            "--dir",
            into.toString(),
            "--timeout",
            "1",
            "--state-dir",
            dir("phone"));
    assertThat(accept.exit()).as("%s", accept).isEqualTo(ExitCodes.TIMED_OUT);

    // The PC's next process uploads for the phone; the TV's rejection leaves nothing to do.
    CliRun upload = CliRun.of("resume", "--timeout", "60", "--state-dir", dir("pc"));
    assertThat(upload.exit()).as("%s", upload).isZero();
    assertThat(upload.out()).contains("resumed " + forPhone);
    CliRun download = CliRun.of("resume", "--timeout", "60", "--state-dir", dir("phone"));
    assertThat(download.exit()).as("%s", download).isZero();
    assertThat(Files.readAllBytes(into.resolve("holiday.bin")))
        .isEqualTo(Files.readAllBytes(original));
  }

  @Test
  void aDirectOfferToEveryOtherDeviceIsUploadedOnceAndStoredByEach() throws Exception {
    for (String device : new String[] {"phone", "tv"}) {
      CliRun direct = CliRun.of("receive", "direct", "--state-dir", dir(device));
      assertThat(direct.exit()).as("%s", direct).isZero();
    }
    Path original = randomFile("photo.bin", 300_000);
    CliRun offer =
        CliRun.of(
            "offer",
            "--state-dir",
            dir("pc"),
            "--to",
            "*",
            "--permission",
            "direct",
            "--until-uploaded",
            original.toString());
    assertThat(offer.exit()).as("%s", offer).isZero();
    assertThat(offer.out().split("the server holds it", -1)).hasSize(3);
    // Both come later, after the PC's process ended; each stores the file, hash checked.
    for (String device : new String[] {"phone", "tv"}) {
      CliRun later = CliRun.of("transfers", "--state-dir", dir(device));
      assertThat(later.exit()).as("%s", later).isZero();
      Path stored = temp.resolve(device).resolve("received").resolve("photo.bin");
      assertThat(stored).exists();
      assertThat(Files.readAllBytes(stored)).isEqualTo(Files.readAllBytes(original));
    }
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

  /** The transfer the device was offered, as its next process lists it. */
  private String offered(String device) {
    AtomicReference<String> id = new AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              CliRun run = CliRun.of("transfers", "--json", "--state-dir", dir(device));
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
}
