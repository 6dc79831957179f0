package org.mplp.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.client.TestServer;

/** wss:// with the server's self-signed certificate given by --cacert. */
class TlsCommandsTest {
  @TempDir Path temp;

  @Test
  void aTrustedCertificateLogsInAndAnUntrustedOneIsReportedWithAHint() throws Exception {
    try (TestServer server = TestServer.start(temp.resolve("server"), true)) {
      TestServer.Account account = server.newAccount();
      String url = server.controlUri().toString();
      assertThat(url).startsWith("wss://");
      CliRun untrusted =
          CliRun.of(
              "login",
              "--server",
              url,
              "--account",
              account.name(),
              "--password",
              account.password(),
              "--state-dir",
              temp.resolve("a").toString());
      assertThat(untrusted.exit()).as("%s", untrusted).isEqualTo(3);
      assertThat(untrusted.err()).contains("--cacert");
      CliRun trusted =
          CliRun.of(
              "login",
              "--server",
              url,
              "--account",
              account.name(),
              "--password",
              account.password(),
              "--cacert",
              server.certificate().toString(),
              "--state-dir",
              temp.resolve("b").toString());
      assertThat(trusted.exit()).as("%s", trusted).isZero();
      assertThat(trusted.out()).contains("Registered this device as " + account.name() + "-PC-1");
      CliRun later = CliRun.of("devices", "--state-dir", temp.resolve("b").toString());
      assertThat(later.exit()).as("the CA file is remembered: %s", later).isZero();
    }
  }
}
