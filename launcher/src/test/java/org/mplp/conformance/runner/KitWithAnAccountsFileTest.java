package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.MplpServer;
import org.mplp.server.ServerConfig;
import org.mplp.server.admin.AccountMain;

/**
 * The kit against a reference server without provisioning: accounts come from --accounts, each used
 * once; when they run out, or none are given, scenarios that need one end in error.
 */
class KitWithAnAccountsFileTest {
  @TempDir static Path data;
  private static MplpServer server;
  private static Path accounts;

  @TempDir Path report;

  @BeforeAll
  static void serverWithThreeAccounts() throws Exception {
    List<String> entries = new ArrayList<>();
    for (String name : List.of("kit.one", "kit.two", "kit.three")) {
      String password = "password of " + name;
      int code =
          AccountMain.run(
              new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)),
              new PrintWriter(new StringWriter()),
              new PrintWriter(new StringWriter()),
              "--data-dir",
              data.toString(),
              "add",
              name,
              "--password-stdin");
      assertThat(code).as("adding " + name).isZero();
      entries.add("{\"account\":\"" + name + "\",\"password\":\"" + password + "\"}");
    }
    accounts =
        Files.writeString(data.resolve("accounts.json"), "[" + String.join(",", entries) + "]");
    server = MplpServer.start(ServerConfig.defaults().withPort(0).withDataDir(data));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private int run(StringWriter err, String... extra) {
    List<String> args = new ArrayList<>(List.of("--target", server.controlUri().toString()));
    args.addAll(List.of("--report", report.toString()));
    args.addAll(List.of(extra));
    return ConformanceMain.execute(
        new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true),
        args.toArray(String[]::new));
  }

  @Test
  void scenariosTakeUnusedAccountsEachOnce() throws Exception {
    StringWriter err = new StringWriter();
    int code =
        run(
            err,
            "--accounts",
            accounts.toString(),
            "--binding",
            "json",
            "--tags",
            "@REQ-LOGIN-006");
    assertThat(code).as("exit code; %s", err).isZero();
    JsonNode report = new ObjectMapper().readTree(this.report.resolve("report.json").toFile());
    List<String> verdicts = new ArrayList<>();
    report.path("scenarios").forEach(s -> verdicts.add(s.path("verdict").asText()));
    assertThat(verdicts).containsExactly("passed", "passed");
    assertThat(report.path("notes").toString()).contains("2 of 3 used");
    assertThat(report.path("run").path("accountsNeeded").intValue()).isEqualTo(2);
  }

  @Test
  void tooFewAccountsStopTheRunBeforeAnyScenarioWithWhatToDo() {
    // two scenarios in two bindings need four accounts; the file has three
    StringWriter err = new StringWriter();
    int code = run(err, "--accounts", accounts.toString(), "--tags", "@REQ-LOGIN-006");
    assertThat(code).isEqualTo(ConformanceMain.BAD_USAGE);
    assertThat(err.toString())
        .contains(
            "lists 3 accounts, but the 2 selected scenarios need 4 test accounts (2 in json, 2 in"
                + " xml). Add 1 more to the file, or select fewer scenarios");
    assertThat(report.resolve("report.json")).doesNotExist();
  }

  @Test
  void withoutAccountsOrProvisioningTheRunStopsWithWhatToDo() {
    StringWriter err = new StringWriter();
    int code = run(err, "--binding", "json", "--tags", "@REQ-LOGIN-010 or @REQ-PROVISION-002");
    assertThat(code).isEqualTo(ConformanceMain.BAD_USAGE);
    assertThat(err.toString())
        .contains(
            "The target does not claim the provisioning profile and no --accounts file was given,"
                + " but the 2 selected scenarios need 1 test account (1 in json)");
    assertThat(report.resolve("report.json")).doesNotExist();
  }
}
