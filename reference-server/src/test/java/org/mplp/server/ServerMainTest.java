package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServerMainTest {

  @TempDir Path temp;

  @Test
  void optionsBecomeTheConfiguration() {
    ServerMain main = new ServerMain();
    new CommandLine(main)
        .parseArgs("--host", "0.0.0.0", "--port", "7800", "--data-dir", temp.toString());
    ServerConfig config = main.config();
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.port()).isEqualTo(7800);
    assertThat(config.dataDir()).isEqualTo(temp);
    assertThat(config.provisioning()).isFalse();
  }

  @Test
  void provisioningIsOffUnlessAskedFor() {
    ServerMain main = new ServerMain();
    new CommandLine(main).parseArgs("--provisioning");
    assertThat(main.config().provisioning()).isTrue();
    assertThat(ServerDescription.of(main.config()).profiles()).containsExactly("provisioning");
    assertThat(ServerDescription.of(ServerConfig.defaults()).profiles()).isEmpty();
  }

  @Test
  void withoutOptionsTheDefaultsApply() {
    ServerMain main = new ServerMain();
    new CommandLine(main).parseArgs();
    assertThat(main.config().host()).isEqualTo(ServerConfig.DEFAULT_HOST);
    assertThat(main.config().port()).isEqualTo(ServerConfig.DEFAULT_PORT);
    assertThat(main.config().dataDir()).isEqualTo(Path.of("./mplp-data"));
  }

  @Test
  void helpNamesEveryOption() {
    StringWriter out = new StringWriter();
    int exitCode = new CommandLine(new ServerMain()).setOut(new PrintWriter(out)).execute("--help");
    assertThat(exitCode).isZero();
    assertThat(out.toString())
        .contains(
            "mplp server", "--host", "--port", "--data-dir", "--provisioning", "--help", "7700");
  }

  @Test
  void aPortInUseEndsTheCommandWithExitCode1() throws Exception {
    try (MplpServer occupant =
        MplpServer.start(ServerConfig.defaults().withPort(0).withDataDir(temp.resolve("a")))) {
      int exitCode =
          new CommandLine(new ServerMain())
              .execute(
                  "--port",
                  String.valueOf(occupant.boundPort()),
                  "--data-dir",
                  temp.resolve("b").toString());
      assertThat(exitCode).isEqualTo(1);
    }
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    StringWriter err = new StringWriter();
    int exitCode = new CommandLine(new ServerMain()).setErr(new PrintWriter(err)).execute("--nope");
    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--nope");
  }
}
