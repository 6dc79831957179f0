package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.Alternative;
import org.mplp.server.MplpServer;
import org.mplp.server.ServerConfig;
import org.mplp.spec.model.Limits;

/**
 * The kit is fair to every legal server: against the reference server at the legal minimum of every
 * limit, at large limits, and with every alternative answer to the spec's open choices, the kit
 * finds it conformant; what such limits leave nothing to check of is not applicable, never failed.
 * One binding each, to keep the build's time: the run in both bindings is {@link
 * KitAgainstReferenceServerTest}.
 */
class KitAtTheLimitsTest {
  private static final long MIB = 1 << 20;

  /**
   * The schemas' minimums, and the smallest maxFrameBytes the constraints between limits allow for
   * a maxMessageBytes of 1024 (REQ-LIMIT-005): 6 × 1024 + 1024. The kit, all from one address,
   * keeps its connections and its failed password logins within the per-address limits.
   */
  static final Limits SMALLEST =
      new Limits(
          7168, 1, 1, 1, 4, 1, 1, 1024, 16, MIB, 1, 1, 10, 60, MIB, 10, 10, 16, 5, 5, 10, MIB);

  /** Far above the defaults, within the schemas' bounds and the constraints between limits. */
  static final Limits LARGE =
      new Limits(
          1 << 20,
          1000,
          120,
          64,
          1000,
          12,
          3600,
          65_536,
          100_000,
          1L << 40,
          1000,
          64,
          86_400,
          604_800,
          1L << 44,
          3600,
          100_000,
          100_000,
          120,
          120,
          31_536_000,
          1L << 42);

  @TempDir Path data;
  @TempDir Path report;

  @Test
  void atTheLegalMinimumOfEveryLimitTheReferenceServerIsConformant() throws Exception {
    KitRun run = runAgainst(SMALLEST, Set.of(), "json");
    assertConformant(run);
    // One device per account leaves most scenarios nothing to check; these still run in full.
    assertThat(run.requirements())
        .containsEntry("REQ-LIMIT-003", "passed")
        .containsEntry("REQ-LOGIN-015", "passed")
        .containsEntry("REQ-LOGIN-016", "passed")
        .containsEntry("REQ-LOGIN-023", "passed")
        .containsEntry("REQ-OPEN-006", "passed")
        .containsEntry("REQ-LIMIT-005", "passed");
    assertThat(run.scenarios("not-applicable"))
        .anySatisfy(s -> assertThat(s).contains("maxDevicesPerAccount 1"));
  }

  @Test
  void atLargeLimitsTheReferenceServerIsConformant() throws Exception {
    KitRun run = runAgainst(LARGE, Set.of(), "xml");
    assertConformant(run);
    assertThat(run.requirements())
        .containsEntry("REQ-LOGIN-008", "passed")
        .containsEntry("REQ-XFER-007", "passed")
        .containsEntry("REQ-XFER-008", "passed")
        .containsEntry("REQ-XFER-030", "passed")
        .containsEntry("REQ-LIMIT-001", "passed");
    assertThat(run.scenarios("not-applicable"))
        .anySatisfy(s -> assertThat(s).contains("helloTimeoutSeconds is 120 s"));
  }

  /**
   * With the other answers, and the shortest retention of ended transfers, which the kit waits for
   * (a week, the default, it reports not verified).
   */
  @Test
  void withEveryAlternativeAnswerTheReferenceServerIsConformant() throws Exception {
    KitRun run =
        runAgainst(
            Limits.DEFAULTS.withTransferRetentionSeconds(10),
            EnumSet.allOf(Alternative.class),
            "xml");
    assertConformant(run);
    // The scenarios where the other answers show: each accepted, none merely not applicable.
    assertThat(run.requirements())
        .containsEntry("REQ-OPEN-005", "passed")
        .containsEntry("REQ-LOGIN-001", "passed")
        .containsEntry("REQ-LOGIN-009", "passed")
        .containsEntry("REQ-XFER-020", "passed")
        .containsEntry("REQ-DATA-015", "passed")
        .containsEntry("REQ-DEVICE-013", "passed")
        .containsEntry("REQ-PRIMARY-003", "passed")
        .containsEntry("REQ-PERM-010", "passed")
        .containsEntry("REQ-XFER-028", "passed");
  }

  private KitRun runAgainst(Limits limits, Set<Alternative> alternatives, String binding)
      throws Exception {
    ServerConfig config =
        ServerConfig.defaults()
            .withPort(0)
            .withDataDir(data)
            .withProvisioning(true)
            .withLimits(limits)
            .withAlternatives(alternatives);
    try (MplpServer server = MplpServer.start(config)) {
      return KitRun.of(
          report,
          "--target",
          server.controlUri().toString(),
          "--binding",
          binding,
          "--parallel",
          "8");
    }
  }

  /** Conformant, with no scenario failed or in error, and every MUST checked that could be. */
  private static void assertConformant(KitRun run) {
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.scenarios("failed")).as("failed scenarios").isEmpty();
    assertThat(run.scenarios("error")).as("scenarios in error").isEmpty();
    assertThat(run.count("passed")).as("passed scenarios").isPositive();
  }
}
