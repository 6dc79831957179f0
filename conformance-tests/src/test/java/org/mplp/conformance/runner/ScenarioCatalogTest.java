package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCatalogTest {
  @TempDir Path features;

  @Test
  void scenariosWithInheritedTagsLinesOfExampleRowsAndTheAccountsTheyName() throws Exception {
    Files.createDirectories(features.resolve("login"));
    Files.writeString(
        features.resolve("login/a.feature"),
        """
        @profile-core
        Feature: A

          @REQ-LOGIN-001 @must
          Scenario: Two accounts
            Given account A is logged in on a PC
            And account B is logged in on a phone
            When the PC sends "hi" to <account B>-MP-1

          @REQ-LOGIN-002 @should @serial
          Scenario Outline: No device
            When a client sends <what>
            Examples:
              | what   |
              | a ping |
              | a pong |

          @REQ-PROVISION-001 @must
          Scenario: Provisioned
            Given account B is created through provisioning
            Then account B can log in as a phone of account B
        """);
    ScenarioCatalog catalog = ScenarioCatalog.read(features);
    assertThat(catalog.entries())
        .extracting(ScenarioCatalog.Entry::location)
        .containsExactly(
            "features/login/a.feature:5",
            "features/login/a.feature:15",
            "features/login/a.feature:16",
            "features/login/a.feature:19");
    assertThat(catalog.entries())
        .extracting(ScenarioCatalog.Entry::accounts)
        .containsExactly(2, 0, 0, 0);
    assertThat(catalog.entries().get(0).tags()).contains("@profile-core", "@REQ-LOGIN-001");
    assertThat(catalog.entries().get(1).serial()).isTrue();
    assertThat(catalog.select("@should")).hasSize(2);
    assertThat(catalog.select("@must and not @REQ-PROVISION-001")).hasSize(1);
    assertThat(catalog.select("@typo")).isEmpty();
  }
}
