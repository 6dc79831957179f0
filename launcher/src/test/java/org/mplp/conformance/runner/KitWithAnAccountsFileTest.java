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

  private JsonNode run(String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("--target", server.controlUri().toString()));
    args.addAll(List.of("--report", report.toString()));
    args.addAll(List.of(extra));
    ConformanceMain.execute(
        new PrintWriter(new StringWriter(), true),
        new PrintWriter(new StringWriter(), true),
        args.toArray(String[]::new));
    return new ObjectMapper().readTree(report.resolve("report.json").toFile());
  }

  @Test
  void scenariosTakeUnusedAccountsAndAScenarioLeftWithoutOneIsAnError() throws Exception {
    // two scenarios in two bindings need four accounts; the file has three
    JsonNode report = run("--accounts", accounts.toString(), "--tags", "@REQ-LOGIN-006");
    List<String> verdicts = new ArrayList<>();
    report.path("scenarios").forEach(s -> verdicts.add(s.path("verdict").asText()));
    assertThat(verdicts).containsExactlyInAnyOrder("passed", "passed", "passed", "error");
    for (JsonNode s : report.path("scenarios")) {
      if (s.path("verdict").asText().equals("error")) {
        assertThat(s.path("message").asText())
            .contains("lists 3 accounts", "used them all", accounts.toString());
      }
    }
    assertThat(report.path("notes").toString()).contains("3 of 3 used");
  }

  @Test
  void withoutAccountsAScenarioThatNeedsOneIsAnErrorThatSaysWhatToDo() throws Exception {
    JsonNode report = run("--binding", "json", "--tags", "@REQ-LOGIN-010 or @REQ-PROVISION-002");
    for (JsonNode s : report.path("scenarios")) {
      if (s.path("tags").toString().contains("@REQ-PROVISION-002")) {
        assertThat(s.path("verdict").asText()).isEqualTo("not-applicable");
      } else {
        assertThat(s.path("verdict").asText()).isEqualTo("error");
        assertThat(s.path("message").asText())
            .isEqualTo("no way to get test accounts: enable provisioning or pass --accounts");
      }
    }
    assertThat(report.path("scenarios")).hasSize(2);
  }
}
