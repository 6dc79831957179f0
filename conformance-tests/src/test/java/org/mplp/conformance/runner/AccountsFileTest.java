package org.mplp.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.conformance.driver.AccountPool;
import org.mplp.conformance.driver.DriverException;

class AccountsFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void eachAccountIsHandedOutOnceThenTheErrorSaysWhy() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("accounts.json"),
            "[{\"account\":\"235683\",\"password\":\"pencil\"},"
                + "{\"account\":\"li.wei\",\"password\":\"crayon\"}]");
    AccountPool pool = AccountsFile.read(file);
    assertThat(pool.take().name()).isEqualTo("235683");
    assertThat(pool.take().password()).isEqualTo("crayon");
    assertThat(pool.taken()).isEqualTo(2);
    assertThatThrownBy(pool::take)
        .isInstanceOf(DriverException.class)
        .hasMessageContaining("lists 2 accounts")
        .hasMessageContaining(file.toString());
    assertThat(pool.describe()).contains("2 of 2 used");
  }

  @Test
  void aFileThatIsNotAListOfAccountsSaysWhatIsWrong() throws Exception {
    assertThatThrownBy(() -> AccountsFile.parse(JSON.readTree("{}"), "f"))
        .hasMessageContaining("JSON array");
    assertThatThrownBy(
            () ->
                AccountsFile.parse(
                    JSON.readTree("[{\"account\":\"Li-Wei\",\"password\":\"x\"}]"), "f"))
        .hasMessageContaining("entry 1")
        .hasMessageContaining("account name");
    assertThatThrownBy(() -> AccountsFile.parse(JSON.readTree("[{\"account\":\"li\"}]"), "f"))
        .hasMessageContaining("\"password\"");
    assertThatThrownBy(
            () ->
                AccountsFile.parse(
                    JSON.readTree(
                        "[{\"account\":\"li\",\"password\":\"a\"},{\"account\":\"li\",\"password\":\"b\"}]"),
                    "f"))
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> AccountsFile.read(dir.resolve("missing.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot read");
  }

  @Test
  void thePasswordNeverShowsInAnAccountsDescription() throws Exception {
    var accounts =
        AccountsFile.parse(JSON.readTree("[{\"account\":\"li\",\"password\":\"s3cret\"}]"), "f");
    assertThat(accounts.get(0).toString()).doesNotContain("s3cret");
  }
}
