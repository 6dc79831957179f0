package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mplp.server.LiveServer.assertError;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.admin.AccountMain;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.Terminal;

/** The account command changing the data directory of a running server. */
class AccountCommandWithServerTest {

  @TempDir Path dataDir;

  private int account(String stdin, String... args) {
    StringWriter err = new StringWriter();
    int exitCode =
        AccountMain.run(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            args);
    assertThat(err.toString()).as("errors of account %s", String.join(" ", args)).isEmpty();
    return exitCode;
  }

  @Test
  void accountsAddedChangedAndRemovedWhileTheServerRunsTakeEffectAtOnce() throws Exception {
    String dir = dataDir.toString();
    Terminal pc = ScramLogin.terminal("PC", "pc");
    try (LiveServer live = LiveServer.start(dataDir, ServerConfig.DEFAULT_LIMITS)) {
      assertThat(account("old\n", "add", "--data-dir", dir, "--password-stdin", "live")).isZero();
      LoginOk first = ScramLogin.ok(ScramLogin.withPassword(live.open(), "live", "old", pc));
      assertThat(first.self().address()).isEqualTo("live-PC-1");

      assertThat(account("new\n", "passwd", "--data-dir", dir, "--password-stdin", "live"))
          .isZero();
      assertError(
          ScramLogin.withPassword(live.open(), "live", "old", pc),
          "bad-credential",
          false,
          "proof-1");
      assertThat(
              ScramLogin.ok(ScramLogin.withPassword(live.open(), "live", "new", pc))
                  .self()
                  .address())
          .isEqualTo("live-PC-2");

      assertThat(account("", "remove", "--data-dir", dir, "live")).isZero();
      assertError(
          ScramLogin.withPassword(live.open(), "live", "new", pc),
          "bad-credential",
          false,
          "proof-1");
    }
  }

  @Test
  void removingAnAccountEndsTheSessionsOfItsDevicesAtOnce() throws Exception {
    String dir = dataDir.toString();
    try (LiveServer live = LiveServer.start(dataDir, ServerConfig.DEFAULT_LIMITS)) {
      assertThat(account("pw\n", "add", "--data-dir", dir, "--password-stdin", "gone")).isZero();
      LiveServer.Device pc = live.register("gone", "pw", "PC", "pc");
      LiveServer.Device phone = live.register("gone", "pw", "MP", "phone");
      assertThat(pc.ws().next()).as("the phone's arrival").isInstanceOf(DeviceEvent.class);

      assertThat(account("", "remove", "--data-dir", dir, "gone")).isZero();

      for (LiveServer.Device device : new LiveServer.Device[] {pc, phone}) {
        Frame frame = device.ws().next();
        while (frame instanceof DeviceEvent) {
          // The other device may go offline first: its event can come before the error.
          frame = device.ws().next();
        }
        assertError(frame, "account-removed", true, null);
        assertThat(device.ws().awaitClose().code()).isEqualTo(4404);
      }
      assertError(
          ScramLogin.withCredential(
              live.open(), "gone", pc.address(), pc.credential(), pcTerminal()),
          "bad-credential",
          false,
          "proof-1");
    }
  }

  private static Terminal pcTerminal() {
    return ScramLogin.terminal("PC", "pc");
  }
}
