package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.GetSettings;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.MakePrimary;
import org.mplp.spec.model.MessageHandling;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Policy;
import org.mplp.spec.model.Role;
import org.mplp.spec.model.SetPolicy;
import org.mplp.spec.model.SetReceive;
import org.mplp.spec.model.Settings;

/** Policies, own settings and a handed-over role survive a restart on the same data directory. */
class SettingsRestartTest {

  private static final String PASSWORD = "settings restart password";
  private static final Policy CAPPED =
      new Policy(Permission.ASK, MessageHandling.REJECT, 5_000_000_000L);

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(Binding.class)
  void settingsAndRolesAreKeptAcrossARestart(Binding binding) throws Exception {
    Path dataDir = temp.resolve("data");
    String pcCredential;
    String mpCredential;
    try (LiveServer first = LiveServer.start(dataDir, ServerConfig.DEFAULT_LIMITS)) {
      first.createAccount("235683", PASSWORD);
      WsTestClient pc = first.open(binding);
      pcCredential = login(pc, null, PASSWORD, "PC").credential();
      WsTestClient mp = first.open(binding);
      mpCredential = login(mp, null, PASSWORD, "MP").credential();

      assertThat(answer(mp, new SetReceive("r1", Permission.REJECT))).isInstanceOf(Settings.class);
      assertThat(answer(pc, new SetPolicy("p1", "235683-MP-1", CAPPED))).isEqualTo(new Ok("p1"));
      assertThat(answer(pc, new MakePrimary("m1", "235683-MP-1"))).isEqualTo(new Ok("m1"));
      pc.abort();
      mp.abort();
    }
    try (LiveServer second = LiveServer.start(dataDir, ServerConfig.DEFAULT_LIMITS)) {
      WsTestClient mp = second.open(binding);
      assertThat(login(mp, "235683-MP-1", mpCredential, "MP").self().role())
          .isEqualTo(Role.PRIMARY);
      Settings settings = (Settings) answer(mp, new GetSettings("g1"));
      assertThat(settings.receive()).isEqualTo(Permission.REJECT);
      assertThat(settings.policy()).isEqualTo(CAPPED);
      WsTestClient pc = second.open(binding);
      assertThat(login(pc, "235683-PC-1", pcCredential, "PC").self().role())
          .isEqualTo(Role.SECONDARY);
      pc.abort();
      mp.abort();
    }
  }

  private static LoginOk login(WsTestClient ws, String device, String secret, String type)
      throws Exception {
    var terminal = ScramLogin.terminal(type, type + " label");
    return ScramLogin.ok(
        device == null
            ? ScramLogin.withPassword(ws, "235683", secret, terminal)
            : ScramLogin.withCredential(ws, "235683", device, secret, terminal));
  }

  /** The answer to a frame, passing over what the server sends unasked meanwhile. */
  private static Frame answer(WsTestClient ws, Frame request) throws Exception {
    ws.send(ws.encode(request));
    Frame next = ws.next();
    while (next instanceof DeviceEvent || next instanceof Settings s && s.replyTo() == null) {
      next = ws.next();
    }
    return next;
  }
}
