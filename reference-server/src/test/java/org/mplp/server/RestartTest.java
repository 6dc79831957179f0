package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.store.Database;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Login;
import org.mplp.spec.model.LoginChallenge;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Presence;
import org.mplp.spec.model.RenameDevice;
import org.mplp.spec.model.Role;

/** What a server keeps across a restart on the same data directory (REQ-DEVICE-003). */
class RestartTest {

  private static final String PASSWORD = "restart password";

  @TempDir Path dataDir;

  private static String challengeTo(LiveServer live, String account) throws Exception {
    WsTestClient ws = live.open();
    ws.send(
        ws.encode(
            new Login(
                "c1",
                account,
                null,
                Login.SCRAM_SHA_256,
                ScramLogin.client(account, "x").clientFirstMessage().toString(),
                ScramLogin.terminal("PC", "probe"))));
    Frame frame = ws.next();
    ws.abort();
    String serverFirst = ((LoginChallenge) frame).serverFirst();
    return serverFirst.substring(serverFirst.indexOf(",s="));
  }

  @Test
  void accountsDevicesAddressesAndCredentialsSurviveARestart() throws Exception {
    LiveServer.Device pc;
    LiveServer.Device mp;
    String fakeSalt;
    try (LiveServer first = LiveServer.start(dataDir, ServerConfig.DEFAULT_LIMITS)) {
      first.createAccount("235683", PASSWORD);
      pc = first.register("235683", PASSWORD, "PC", "Office PC");
      mp = first.register("235683", PASSWORD, "MP", "phone");
      assertThat(pc.ws().next()).isInstanceOf(DeviceEvent.class); // mp added
      pc.ws().send(pc.ws().encode(new RenameDevice("r1", mp.address(), "Li's phone")));
      List<Frame> answers = List.of(pc.ws().next(), pc.ws().next());
      assertThat(answers).contains(new Ok("r1"));
      fakeSalt = challengeTo(first, "nobody");
    }
    assertThat(Files.exists(dataDir.resolve(Database.FILE_NAME))).isTrue();

    try (LiveServer second = LiveServer.start(dataDir, ServerConfig.DEFAULT_LIMITS)) {
      LiveServer.Device pcAgain = second.resume("235683", pc);
      assertThat(pcAgain.address()).isEqualTo("235683-PC-1");
      assertThat(pcAgain.ok().self().role()).isEqualTo(Role.PRIMARY);
      assertThat(pcAgain.ok().self().label()).isEqualTo("Office PC");
      assertThat(pcAgain.ok().multiPoint()).isFalse();
      Device phone = pcAgain.ok().devices().get(0);
      assertThat(phone.address()).isEqualTo("235683-MP-1");
      assertThat(phone.label()).isEqualTo("Li's phone");
      assertThat(phone.presence()).isEqualTo(Presence.OFFLINE);

      LiveServer.Device mpAgain = second.resume("235683", mp);
      assertThat(mpAgain.address()).isEqualTo("235683-MP-1");
      assertThat(mpAgain.ok().multiPoint()).isTrue();

      LiveServer.Device newPc = second.register("235683", PASSWORD, "PC", "laptop");
      assertThat(newPc.address()).isEqualTo("235683-PC-2");
      // The server secret is kept: an unknown name gets the same fake salt as before.
      assertThat(challengeTo(second, "nobody")).isEqualTo(fakeSalt);
    }
  }
}
