package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mplp.server.LiveServer.assertError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.GetSettings;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.Logout;
import org.mplp.spec.model.MakePrimary;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.MessageHandling;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Policy;
import org.mplp.spec.model.RenameDevice;
import org.mplp.spec.model.RevokeDevice;
import org.mplp.spec.model.Role;
import org.mplp.spec.model.Send;
import org.mplp.spec.model.SetPolicy;
import org.mplp.spec.model.SetReceive;
import org.mplp.spec.model.Settings;
import org.mplp.spec.model.Undeliverable;

/**
 * Settings and the primary device over real sockets, in both bindings (spec: Receive permissions,
 * The primary device): own settings, policies, the messages policy, revoking, handing over.
 */
class AuthorityFlowTest {

  private static final String PASSWORD = "authority password";
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();
  private static final Policy ASK_NO_MESSAGES =
      new Policy(Permission.ASK, MessageHandling.REJECT, 1_048_576L);

  @TempDir static Path temp;
  private static LiveServer live;

  @BeforeAll
  static void start() throws Exception {
    live = LiveServer.start(temp.resolve("data"), ServerConfig.DEFAULT_LIMITS);
  }

  @AfterAll
  static void stop() {
    live.close();
  }

  /** A device of a test: its connection and what arrived on it that no step took yet. */
  private record Device(LiveServer.Device live, List<Frame> waiting) {
    String address() {
      return live.address();
    }

    WsTestClient ws() {
      return live.ws();
    }

    /** The first frame that matches, from those kept or the next to arrive; others are kept. */
    Frame take(Predicate<Frame> matching) throws Exception {
      for (Frame kept : waiting) {
        if (matching.test(kept)) {
          waiting.remove(kept);
          return kept;
        }
      }
      while (true) {
        Frame next = ws().poll(10_000);
        assertThat(next).as("a frame to %s after %s", address(), waiting).isNotNull();
        if (matching.test(next)) {
          return next;
        }
        waiting.add(next);
      }
    }

    /** The answer to a frame, keeping what arrives unasked meanwhile. */
    Frame ask(Frame request, String id) throws Exception {
      ws().send(ws().encode(request));
      return take(frame -> id.equals(replyTo(frame)));
    }

    Settings pushedSettings() throws Exception {
      return (Settings) take(frame -> frame instanceof Settings s && s.replyTo() == null);
    }

    DeviceEvent event(DeviceEventKind kind, String about) throws Exception {
      return (DeviceEvent)
          take(
              frame ->
                  frame instanceof DeviceEvent e
                      && e.event() == kind
                      && e.device().address().equals(about));
    }

    /** No settings frame arrived unasked before the pong of a ping sent now. */
    void assertNoSettingsPushed(String pingId) throws Exception {
      ws().send(ws().encode(new org.mplp.spec.model.Ping(pingId)));
      take(frame -> frame instanceof org.mplp.spec.model.Pong);
      assertThat(waiting).noneMatch(frame -> frame instanceof Settings);
    }
  }

  private static String replyTo(Frame frame) {
    if (frame instanceof Ok ok) {
      return ok.replyTo();
    }
    if (frame instanceof Settings settings) {
      return settings.replyTo();
    }
    if (frame instanceof org.mplp.spec.model.ErrorFrame error) {
      return error.replyTo();
    }
    if (frame instanceof MessageAccepted accepted) {
      return accepted.replyTo();
    }
    return null;
  }

  private static String newAccount() throws Exception {
    String name = "auth" + ACCOUNTS.incrementAndGet();
    live.createAccount(name, PASSWORD);
    return name;
  }

  private static Device register(Binding binding, String account, String type) throws Exception {
    WsTestClient ws = live.open(binding);
    LoginOk ok =
        ScramLogin.ok(
            ScramLogin.withPassword(ws, account, PASSWORD, ScramLogin.terminal(type, type + " x")));
    return new Device(new LiveServer.Device(ws, ok, ok.credential()), new ArrayList<>());
  }

  private static Device resume(Binding binding, String account, Device device) throws Exception {
    WsTestClient ws = live.open(binding);
    LoginOk ok =
        ScramLogin.ok(
            ScramLogin.withCredential(
                ws,
                account,
                device.address(),
                device.live().credential(),
                ScramLogin.terminal(device.live().ok().self().type(), "again")));
    return new Device(new LiveServer.Device(ws, ok, device.live().credential()), new ArrayList<>());
  }

  private static Frame credentialLogin(Binding binding, String account, Device device)
      throws Exception {
    WsTestClient ws = live.open(binding);
    return ScramLogin.withCredential(
        ws,
        account,
        device.address(),
        device.live().credential(),
        ScramLogin.terminal(device.live().ok().self().type(), "again"));
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void ownSettingsAreAnsweredChangedAndKeptAcrossSessions(Binding binding) throws Exception {
    String account = newAccount();
    Device pc = register(binding, account, "PC");
    Device mp = register(binding, account, "MP");

    Settings initial = (Settings) mp.ask(new GetSettings("g1"), "g1");
    assertThat(initial)
        .isEqualTo(
            new Settings(
                "g1",
                mp.address(),
                "MP x",
                Role.SECONDARY,
                Permission.DIRECT,
                Policy.UNRESTRICTED));
    Settings changed = (Settings) mp.ask(new SetReceive("r1", Permission.ASK), "r1");
    assertThat(changed.replyTo()).isEqualTo("r1");
    assertThat(changed.receive()).isEqualTo(Permission.ASK);
    assertThat(((Settings) pc.ask(new GetSettings("g2"), "g2")).role()).isEqualTo(Role.PRIMARY);

    // REQ-PRIMARY-006: kept across the device's sessions.
    assertThat(mp.ask(new Logout("bye", false), "bye")).isEqualTo(new Ok("bye"));
    Device mpAgain = resume(binding, account, mp);
    assertThat(((Settings) mpAgain.ask(new GetSettings("g3"), "g3")).receive())
        .isEqualTo(Permission.ASK);
    pc.ws().abort();
    mpAgain.ws().abort();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void onlyThePrimarySetsAPolicyAndTheDeviceIsSentItAtOnce(Binding binding) throws Exception {
    String account = newAccount();
    String stranger = newAccount();
    Device pc = register(binding, account, "PC");
    Device mp = register(binding, account, "MP");
    Device tv = register(binding, account, "TV");
    Device outsider = register(binding, stranger, "PC");

    assertError(
        tv.ask(new SetPolicy("p1", mp.address(), ASK_NO_MESSAGES), "p1"),
        "not-primary",
        false,
        "p1");
    assertThat(((Settings) mp.ask(new GetSettings("g1"), "g1")).policy())
        .isEqualTo(Policy.UNRESTRICTED);
    for (String nobody : List.of(account + "-XCAR-9", outsider.address())) {
      assertError(
          pc.ask(new SetPolicy("p2", nobody, ASK_NO_MESSAGES), "p2"),
          "unknown-device",
          false,
          "p2");
    }

    assertThat(pc.ask(new SetPolicy("p3", mp.address(), ASK_NO_MESSAGES), "p3"))
        .isEqualTo(new Ok("p3"));
    Settings pushed = mp.pushedSettings();
    assertThat(pushed.policy()).isEqualTo(ASK_NO_MESSAGES);
    assertThat(pushed.receive()).isEqualTo(Permission.DIRECT);
    tv.assertNoSettingsPushed("n1");

    // The messages policy: refused when named, left out of a send to all.
    assertError(
        pc.ask(new Send("s1", "c-1", mp.address(), null, "text/plain", "hi"), "s1"),
        "refused-by-policy",
        false,
        "s1");
    MessageAccepted toAll =
        (MessageAccepted) pc.ask(new Send("s2", "c-2", "*", null, "text/plain", "all"), "s2");
    assertThat(toAll.recipients())
        .extracting(MessageAccepted.Recipient::to)
        .containsExactly(tv.address());
    for (Device device : List.of(pc, mp, tv, outsider)) {
      device.ws().abort();
    }
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aRevokedDeviceIsRemovedItsSessionEndedAndItsCredentialDead(Binding binding)
      throws Exception {
    String account = newAccount();
    Device pc = register(binding, account, "PC");
    Device mp = register(binding, account, "MP");
    Device tv = register(binding, account, "TV");

    assertError(mp.ask(new RevokeDevice("v1", tv.address()), "v1"), "not-primary", false, "v1");
    assertError(pc.ask(new RevokeDevice("v2", pc.address()), "v2"), "unknown-device", false, "v2");

    // A message waiting for the TV becomes undeliverable when it is revoked.
    assertThat(tv.ask(new Logout("off", false), "off")).isEqualTo(new Ok("off"));
    pc.ask(new Send("s1", "c-1", tv.address(), null, "text/plain", "for the TV"), "s1");
    assertThat(pc.ask(new RevokeDevice("v3", tv.address()), "v3")).isEqualTo(new Ok("v3"));
    Undeliverable undeliverable = (Undeliverable) pc.take(frame -> frame instanceof Undeliverable);
    assertThat(undeliverable.to()).isEqualTo(tv.address());
    mp.event(DeviceEventKind.REMOVED, tv.address());

    assertThat(pc.ask(new RevokeDevice("v4", mp.address()), "v4")).isEqualTo(new Ok("v4"));
    assertError(
        mp.take(frame -> frame instanceof org.mplp.spec.model.ErrorFrame),
        "device-revoked",
        true,
        null);
    assertThat(mp.ws().awaitClose().code()).isEqualTo(4403);
    assertError(credentialLogin(binding, account, mp), "bad-credential", false, "proof-1");
    assertError(pc.ask(new RevokeDevice("v5", mp.address()), "v5"), "unknown-device", false, "v5");
    pc.ws().abort();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void theRoleHandedOverIsToldToEveryoneAndKept(Binding binding) throws Exception {
    String account = newAccount();
    Device pc = register(binding, account, "PC");
    Device mp = register(binding, account, "MP");
    Device tv = register(binding, account, "TV");

    assertError(mp.ask(new MakePrimary("m1", mp.address()), "m1"), "not-primary", false, "m1");
    assertError(pc.ask(new MakePrimary("m2", pc.address()), "m2"), "unknown-device", false, "m2");
    assertThat(pc.ask(new MakePrimary("m3", mp.address()), "m3")).isEqualTo(new Ok("m3"));

    assertThat(tv.event(DeviceEventKind.UPDATED, mp.address()).device().role())
        .isEqualTo(Role.PRIMARY);
    assertThat(tv.event(DeviceEventKind.UPDATED, pc.address()).device().role())
        .isEqualTo(Role.SECONDARY);
    assertThat(pc.event(DeviceEventKind.UPDATED, mp.address()).device().role())
        .isEqualTo(Role.PRIMARY);
    assertThat(mp.event(DeviceEventKind.UPDATED, pc.address()).device().role())
        .isEqualTo(Role.SECONDARY);
    assertThat(pc.pushedSettings().role()).isEqualTo(Role.SECONDARY);
    assertThat(mp.pushedSettings().role()).isEqualTo(Role.PRIMARY);
    tv.assertNoSettingsPushed("n1");

    assertError(
        pc.ask(new SetPolicy("p1", tv.address(), ASK_NO_MESSAGES), "p1"),
        "not-primary",
        false,
        "p1");
    assertThat(mp.ask(new SetPolicy("p2", tv.address(), ASK_NO_MESSAGES), "p2"))
        .isEqualTo(new Ok("p2"));
    assertThat(mp.ask(new Logout("bye", false), "bye")).isEqualTo(new Ok("bye"));
    assertThat(resume(binding, account, mp).live().ok().self().role()).isEqualTo(Role.PRIMARY);
    pc.ws().abort();
    tv.ws().abort();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aDeviceRenamedByAnotherIsSentItsNewLabel(Binding binding) throws Exception {
    String account = newAccount();
    Device pc = register(binding, account, "PC");
    Device mp = register(binding, account, "MP");

    assertThat(pc.ask(new RenameDevice("n1", mp.address(), "Kitchen phone"), "n1"))
        .isEqualTo(new Ok("n1"));
    Settings pushed = mp.pushedSettings();
    assertThat(pushed.label()).isEqualTo("Kitchen phone");
    assertThat(pushed.role()).isEqualTo(Role.SECONDARY);
    pc.assertNoSettingsPushed("p1");
    pc.ws().abort();
    mp.ws().abort();
  }
}
