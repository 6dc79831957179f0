package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mplp.conformance.report.Parallelism;

class ScenariosAtOnceTest {
  private static JsonNode discovery(String limits) throws Exception {
    return new ObjectMapper().readTree("{\"limits\":{" + limits + "}}");
  }

  @Test
  void aConnectionCapWithRoomLeavesTheAskedNumber() throws Exception {
    Parallelism p =
        ConformanceRun.scenariosAtOnce(discovery("\"maxConnectionsPerAddress\":256"), 8);
    assertThat(p).isEqualTo(Parallelism.asAsked(8));
  }

  @Test
  void aSmallConnectionCapLowersItAndSaysWhich() throws Exception {
    Parallelism p = ConformanceRun.scenariosAtOnce(discovery("\"maxConnectionsPerAddress\":16"), 8);
    assertThat(p.atOnce()).isEqualTo(3);
    assertThat(p.describe()).isEqualTo("--parallel 8, capped at 3 by maxConnectionsPerAddress 16");
  }

  @Test
  void noCapAdvertisedLeavesTheAskedNumber() throws Exception {
    assertThat(ConformanceRun.scenariosAtOnce(discovery(""), 8)).isEqualTo(Parallelism.asAsked(8));
  }
}
