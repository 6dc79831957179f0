package org.mplp.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.client.TestServer;

/** The one-shot subcommands end to end, against the reference server in-process. */
class ScriptedCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

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

  private String dir(String device) {
    return temp.resolve(device).toString();
  }

  private CliRun login(String device, String type, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
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
                dir(device)));
    args.addAll(List.of(more));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exit()).as("login of %s: %s", device, run).isZero();
    return run;
  }

  @Test
  void loginRegistersTheDeviceAndLaterResumesItWithTheSameAddress() {
    CliRun first = login("phone", "MP");
    assertThat(first.out()).contains("Registered this device as " + account.name() + "-MP-1");
    CliRun again = CliRun.of("login", "--state-dir", dir("phone"));
    assertThat(again.exit()).as("%s", again).isZero();
    assertThat(again.out()).contains("Logged in again as " + account.name() + "-MP-1");
  }

  @Test
  void theTopCommandsOptionsGoBeforeTheSubcommandOrAfterIt() throws Exception {
    String server = this.server.controlUri().toString();
    CliRun before =
        CliRun.of(
            "--state-dir",
            dir("pc"),
            "--server",
            server,
            "--account",
            account.name(),
            "--password",
            account.password(),
            "login");
    assertThat(before.exit()).as("%s", before).isZero();
    assertThat(before.out()).contains("Registered this device as " + account.name() + "-PC-1");
    CliRun mixed =
        CliRun.of(
            "--account",
            account.name(),
            "--server",
            server,
            "--type",
            "TV",
            "login",
            "--password",
            account.password(),
            "--type",
            "MP",
            "--state-dir",
            dir("phone"));
    assertThat(mixed.exit()).as("%s", mixed).isZero();
    assertThat(mixed.out())
        .as("the option after the subcommand wins")
        .contains("Registered this device as " + account.name() + "-MP-1");
    JsonNode list = JSON.readTree(CliRun.of("--json", "--state-dir", dir("pc"), "devices").out());
    assertThat(list.get("devices").get(0).get("address").asText())
        .isEqualTo(account.name() + "-MP-1");
    CliRun sent =
        CliRun.of("--state-dir", dir("phone"), "send", "--to", account.name() + "-PC-1", "hi");
    assertThat(sent.exit()).as("%s", sent).isZero();
  }

  @Test
  void helpNeedsNoServerNorRequiredOptions() {
    CliRun help = CliRun.of("send", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).startsWith("Usage: mplp client send");
    CliRun named = CliRun.of("help", "offer");
    assertThat(named.exit()).isZero();
    assertThat(named.out()).startsWith("Usage: mplp client offer");
  }

  @Test
  void loginPrintsJsonForScripts() throws Exception {
    login("pc", "PC");
    JsonNode out = JSON.readTree(login("tv", "TV", "--json").out());
    assertThat(out.get("address").asText()).isEqualTo(account.name() + "-TV-1");
    assertThat(out.get("registered").asBoolean()).isTrue();
    assertThat(out.get("devices").get(0).get("address").asText())
        .isEqualTo(account.name() + "-PC-1");
  }

  @Test
  void aMessageSentByOneDeviceIsWatchedOnTheOtherOnceOnly() throws Exception {
    login("pc", "PC");
    login("phone", "MP");
    String phone = account.name() + "-MP-1";
    CliRun sent = CliRun.of("send", "--state-dir", dir("pc"), "--to", phone, "Leaving", "now");
    assertThat(sent.exit()).as("%s", sent).isZero();
    assertThat(sent.out()).contains("Accepted for " + phone);

    CliRun watched =
        CliRun.of(
            "watch", "--state-dir", dir("phone"), "--count", "1", "--timeout", "30", "--json");
    assertThat(watched.exit()).as("%s", watched).isZero();
    List<JsonNode> messages = new ArrayList<>();
    for (String line : watched.out().split("\n")) {
      JsonNode frame = JSON.readTree(line);
      if (frame.get("type").asText().equals("message")) {
        messages.add(frame);
      }
    }
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).get("body").asText()).isEqualTo("Leaving now");
    assertThat(messages.get(0).get("from").asText()).isEqualTo(account.name() + "-PC-1");

    CliRun nothingNew =
        CliRun.of("watch", "--state-dir", dir("phone"), "--count", "1", "--timeout", "1");
    assertThat(nothingNew.exit()).as("acknowledged, not shown again: %s", nothingNew).isEqualTo(4);
    assertThat(nothingNew.out()).doesNotContain("Leaving now");
  }

  @Test
  void sendReadsTheMessageFromStdinAndCanWaitForDelivery() throws Exception {
    login("pc", "PC");
    login("phone", "MP");
    Thread watcher =
        new Thread(
            () ->
                CliRun.of("watch", "--state-dir", dir("phone"), "--count", "1", "--timeout", "30"));
    watcher.start();
    CliRun sent =
        CliRun.withInput(
            "from a pipe\n", "send", "--state-dir", dir("pc"), "--to", "*", "--wait-delivered");
    watcher.join();
    assertThat(sent.exit()).as("%s", sent).isZero();
    assertThat(sent.out()).contains("Delivered to " + account.name() + "-MP-1");
  }

  @Test
  void devicesAreGroupedAsMyDevicesOnRequestAndAboveThree() {
    login("pc", "PC");
    login("phone", "MP");
    CliRun plain = CliRun.of("devices", "--state-dir", dir("pc"));
    assertThat(plain.out()).contains("Contacts (1)").doesNotContain("My devices");
    CliRun asked = CliRun.of("devices", "--state-dir", dir("pc"), "--group");
    assertThat(asked.out()).contains("My devices (1)");
    login("tv", "TV");
    login("pad", "PAD");
    login("web", "WEB");
    CliRun many = CliRun.of("devices", "--state-dir", dir("pc"));
    assertThat(many.out()).contains("My devices (4)");
    assertThat(many.out()).contains("4. " + account.name() + "-WEB-1");
  }

  @Test
  void aWatchWhoseDeviceLogsInElsewhereEndsWithTheServersCode() throws Exception {
    login("phone", "MP");
    java.util.concurrent.CompletableFuture<CliRun> watch =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> CliRun.of("watch", "--state-dir", dir("phone")),
            runnable -> new Thread(runnable).start());
    // The same state directory logs in again: the watching session is replaced.
    org.awaitility.Awaitility.await()
        .until(
            () -> CliRun.of("devices", "--state-dir", dir("phone")).exit() == 0 && watch.isDone());
    CliRun watched = watch.get();
    assertThat(watched.exit()).as("%s", watched).isEqualTo(1);
    assertThat(watched.err()).contains("session-replaced");
  }

  @Test
  void renameChangesTheLabelOthersSee() throws Exception {
    login("pc", "PC");
    login("phone", "MP");
    CliRun renamed = CliRun.of("rename", "--state-dir", dir("phone"), "Li's phone");
    assertThat(renamed.exit()).as("%s", renamed).isZero();
    JsonNode list = JSON.readTree(CliRun.of("devices", "--state-dir", dir("pc"), "--json").out());
    assertThat(list.get("devices").get(0).get("label").asText()).isEqualTo("Li's phone");
  }

  @Test
  void logoutWithRemoveFreesTheAddressAndForgetsTheDevice() {
    login("phone", "MP");
    CliRun out = CliRun.of("logout", "--state-dir", dir("phone"), "--remove");
    assertThat(out.exit()).as("%s", out).isZero();
    assertThat(temp.resolve("phone").resolve("device.properties")).doesNotExist();
    CliRun after = CliRun.of("devices", "--state-dir", dir("phone"));
    assertThat(after.exit()).isEqualTo(2);
    assertThat(after.err()).contains("no device registered");
    // The ordinal is free again: the next phone is MP-1 once more.
    assertThat(login("phone", "MP").out()).contains(account.name() + "-MP-1");
  }

  @Test
  void anErrorFrameExitsWithOneAndPrintsItsCodeAndWhatItMeans() throws Exception {
    login("pc", "PC");
    CliRun run =
        CliRun.of("send", "--state-dir", dir("pc"), "--to", account.name() + "-TV-7", "hi");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("unknown-device").contains("no device of this account");
    CliRun json =
        CliRun.of(
            "send", "--state-dir", dir("pc"), "--to", account.name() + "-TV-7", "--json", "hi");
    assertThat(JSON.readTree(json.out()).get("error").get("code").asText())
        .isEqualTo("unknown-device");
  }

  @Test
  void aWrongPasswordAndAnUnknownAccountLookAlike() {
    // The reference server answers an unknown account as a bad credential (CHOICE-LOGIN-02), so
    // that a login tells nobody which accounts exist; the CLI shows the code it got.
    CliRun wrong =
        CliRun.of(
            "login",
            "--server",
            server.controlUri().toString(),
            "--account",
            account.name(),
            "--password",
            "wrong-password",
            "--state-dir",
            dir("pc"));
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.err()).contains("bad-credential");
    CliRun unknown =
        CliRun.of(
            "login",
            "--server",
            server.controlUri().toString(),
            "--account",
            "nobody" + account.name(),
            "--password",
            "whatever",
            "--state-dir",
            dir("pc"));
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("bad-credential");
  }

  @Test
  void anUnreachableServerExitsWithThree() {
    CliRun run =
        CliRun.of(
            "login",
            "--server",
            "ws://127.0.0.1:1/mplp",
            "--account",
            "a1",
            "--password",
            "p",
            "--state-dir",
            dir("pc"));
    assertThat(run.exit()).as("%s", run).isEqualTo(3);
    assertThat(run.err()).contains("connection refused");
  }

  @Test
  void badUsageExitsWithTwo() {
    login("pc", "PC");
    assertThat(CliRun.of("send", "--state-dir", dir("pc"), "hi").exit()).as("no --to").isEqualTo(2);
    assertThat(CliRun.of("login", "--server", "http://127.0.0.1:1/mplp").exit()).isEqualTo(2);
    assertThat(CliRun.of("login", "--state-dir", dir("new"), "--account", "a1").exit())
        .as("no password")
        .isEqualTo(2);
    assertThat(CliRun.of("frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void theXmlBindingWorksTheSame() {
    login("pc", "PC", "--binding", "xml");
    login("phone", "MP", "--binding", "xml");
    CliRun sent =
        CliRun.of("send", "--state-dir", dir("pc"), "--to", account.name() + "-MP-1", "<xml> & co");
    assertThat(sent.exit()).as("%s", sent).isZero();
    CliRun watched =
        CliRun.of("watch", "--state-dir", dir("phone"), "--count", "1", "--timeout", "30");
    assertThat(watched.out()).contains(": <xml> & co");
  }
}
