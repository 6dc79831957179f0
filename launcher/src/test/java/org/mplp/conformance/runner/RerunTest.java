package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.conformance.driver.AccountSource;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.driver.DiscoveryResponse;
import org.mplp.conformance.driver.RunSettings;
import org.mplp.conformance.report.ScenarioResult;
import org.mplp.conformance.report.Verdict;
import org.mplp.server.MplpServer;
import org.mplp.server.ServerConfig;

/**
 * --rerun-failures runs one scenario again by its feature and line, through the real engine: a
 * failure recorded for a scenario that then passes against the reference server becomes flaky.
 */
class RerunTest {
  @TempDir static Path data;
  private static MplpServer server;

  @TempDir Path report;

  @BeforeAll
  static void referenceServer() throws Exception {
    server =
        MplpServer.start(
            ServerConfig.defaults().withPort(0).withDataDir(data).withProvisioning(true));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aScenarioRunAgainByItsLineThatPassesIsFlaky() {
    URI target = server.controlUri();
    URI http = TargetUrls.httpBaseOf(target);
    Duration timeout = Duration.ofSeconds(5);
    RunSettings settings =
        new RunSettings(
            target,
            http,
            Binding.JSON,
            timeout,
            DiscoveryResponse.fetch(http, timeout).document(),
            AccountSource.forTarget(Set.of("provisioning"), http, timeout, null),
            null);
    ScenarioCatalog.Entry entry =
        ScenarioCatalog.load().select("@REQ-LOGIN-006").stream()
            .filter(e -> e.name().startsWith("A PC that lost its credential"))
            .findFirst()
            .orElseThrow();
    ScenarioResult failed =
        ScenarioResult.of(
            entry.name(),
            entry.feature(),
            entry.location(),
            entry.tags(),
            "json",
            Verdict.FAILED,
            "Expected a login-ok, but nothing arrived.",
            "the first transcript",
            10);

    ScenarioResult again = ScenarioLauncher.rerun(settings, failed, report);

    assertThat(again).isNotNull();
    assertThat(again.name()).isEqualTo(entry.name());
    assertThat(again.location()).isEqualTo(entry.location());
    assertThat(again.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(again.transcript()).contains("login");
    ScenarioResult flaky = failed.rerun(again);
    assertThat(flaky.verdict()).isEqualTo(Verdict.FLAKY);
    assertThat(flaky.earlier())
        .extracting(a -> a.transcript())
        .containsExactly("the first transcript");
    assertThat(List.of(flaky.transcript())).doesNotContain("the first transcript");
  }
}
