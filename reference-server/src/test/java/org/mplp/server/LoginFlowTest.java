package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mplp.server.LiveServer.assertError;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Limits;
import org.mplp.spec.model.ListDevices;
import org.mplp.spec.model.Login;
import org.mplp.spec.model.LoginChallenge;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.LoginProof;
import org.mplp.spec.model.Logout;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Ping;
import org.mplp.spec.model.Pong;
import org.mplp.spec.model.Presence;
import org.mplp.spec.model.RenameDevice;
import org.mplp.spec.model.Role;
import org.mplp.spec.model.Terminal;

/** Login over real sockets (spec: Login): verification, registration, resumption, failures. */
class LoginFlowTest {

  private static final String PASSWORD = "correct horse battery staple";
  private static final Pattern SALT = Pattern.compile(",s=([^,]+),i=(\\d+)$");
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();

  @TempDir static Path temp;
  private static LiveServer live;

  @BeforeAll
  static void start() throws Exception {
    live = LiveServer.start(temp.resolve("shared"), ServerConfig.DEFAULT_LIMITS);
  }

  @AfterAll
  static void stop() {
    live.close();
  }

  /** A new account on the shared server, so that tests do not see each other's devices. */
  private static String newAccount() throws Exception {
    String name = "login" + ACCOUNTS.incrementAndGet();
    live.createAccount(name, PASSWORD);
    return name;
  }

  private static String saltOf(LoginChallenge challenge) {
    Matcher matcher = SALT.matcher(challenge.serverFirst());
    assertThat(matcher.find()).as("salt and iterations in %s", challenge.serverFirst()).isTrue();
    assertThat(matcher.group(2)).isEqualTo("4096");
    return matcher.group(1);
  }

  /** Sends a login and returns its challenge. */
  private static LoginChallenge challenge(WsTestClient ws, String account, String device)
      throws Exception {
    String username = device == null ? account : device;
    ws.send(
        ws.encode(
            new Login(
                "c1",
                account,
                device,
                Login.SCRAM_SHA_256,
                ScramLogin.client(username, "whatever").clientFirstMessage().toString(),
                ScramLogin.terminal("PC", "probe"))));
    Frame frame = ws.next();
    assertThat(frame).isInstanceOf(LoginChallenge.class);
    return (LoginChallenge) frame;
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void aPasswordLoginRegistersTheFirstDeviceAsPrimary(Binding binding) throws Exception {
    String account = newAccount();
    WsTestClient ws = live.open(binding);
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    LoginOk ok =
        ScramLogin.ok(
            ScramLogin.withPassword(ws, account, PASSWORD, ScramLogin.terminal("PC", "Office PC")));
    Instant after = Instant.now();

    assertThat(ok.self().address()).isEqualTo(account + "-PC-1");
    assertThat(ok.self().type()).isEqualTo("PC");
    assertThat(ok.self().label()).isEqualTo("Office PC");
    assertThat(ok.self().role()).isEqualTo(Role.PRIMARY);
    assertThat(ok.self().presence()).isEqualTo(Presence.ONLINE);
    assertThat(ok.self().clientName()).isEqualTo("mplp-test");
    assertThat(ok.self().lastIp()).isEqualTo("127.0.0.1");
    assertThat(Instant.parse(ok.self().loginTime())).isBetween(before, after);
    assertThat(ok.credential()).matches("[A-Za-z0-9_-]{43}");
    assertThat(Base64.getUrlDecoder().decode(ok.credential())).hasSize(32);
    assertThat(ok.multiPoint()).isFalse();
    assertThat(ok.devices()).isEmpty();
    ws.abort();
  }

  @Test
  void aDeviceCredentialResumesTheDeviceWithItsAddressAndNoNewCredential() throws Exception {
    String account = newAccount();
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "Office PC");
    pc.ws().abort();
    await().atMost(Duration.ofSeconds(10)).until(() -> !isOnline(pc.address()));

    LiveServer.Device again = live.resume(account, pc);
    assertThat(again.ok().self().address()).isEqualTo(pc.address());
    assertThat(again.ok().self().role()).isEqualTo(Role.PRIMARY);
    assertThat(again.ok().credential()).isNull();
    assertThat(again.ok().devices()).isEmpty();
    again.ws().abort();
  }

  @Test
  void theClaimedIpAndLoginTimeAreIgnored() throws Exception {
    String account = newAccount();
    WsTestClient ws = live.open();
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Terminal lying =
        new Terminal("MP", "mplp-test", "0.1.0", "phone", "203.0.113.99", "2001-01-01T00:00:00Z");
    LoginOk ok = ScramLogin.ok(ScramLogin.withPassword(ws, account, PASSWORD, lying));
    assertThat(ok.self().lastIp()).isEqualTo("127.0.0.1");
    assertThat(Instant.parse(ok.self().loginTime())).isBetween(before, Instant.now());
    ws.abort();

    WsTestClient again = live.open();
    LoginOk second =
        ScramLogin.ok(
            ScramLogin.withCredential(again, account, ok.self().address(), ok.credential(), lying));
    assertThat(second.self().lastIp()).isEqualTo("127.0.0.1");
    assertThat(Instant.parse(second.self().loginTime())).isAfterOrEqualTo(before);
    again.abort();
  }

  @Test
  void aWrongPasswordIsBadCredentialAndTheConnectionMayTryAgain() throws Exception {
    String account = newAccount();
    WsTestClient ws = live.open();
    Frame refused = ScramLogin.withPassword(ws, account, "wrong", ScramLogin.terminal("PC", "pc"));
    assertError(refused, "bad-credential", false, "proof-1");
    LoginOk ok =
        ScramLogin.ok(
            ScramLogin.withPassword(ws, account, PASSWORD, ScramLogin.terminal("PC", "pc")));
    assertThat(ok.self().address()).isEqualTo(account + "-PC-1");
    ws.abort();
  }

  @Test
  void anUnknownAccountGetsAStableChallengeAndBadCredentialAfterItsProof() throws Exception {
    String salt = saltOf(challenge(live.open(), "nosuchaccount", null));
    // Like a real salt: 16 bytes, 4096 iterations (saltOf checks the count).
    assertThat(Base64.getDecoder().decode(salt)).hasSize(16);
    assertThat(saltOf(challenge(live.open(), "nosuchaccount", null))).isEqualTo(salt);
    assertThat(saltOf(challenge(live.open(), "nosuchaccount2", null))).isNotEqualTo(salt);

    WsTestClient ws = live.open();
    Frame refused =
        ScramLogin.withPassword(ws, "nosuchaccount", "whatever", ScramLogin.terminal("PC", "pc"));
    // Answered as a wrong password: the answer tells no one which accounts exist (REQ-LOGIN-003).
    assertError(refused, "bad-credential", false, "proof-1");
    ws.abort();
  }

  @Test
  void anUnknownDeviceIsBadCredentialWithAStableSalt() throws Exception {
    String account = newAccount();
    String device = account + "-PC-7";
    String salt = saltOf(challenge(live.open(), account, device));
    assertThat(saltOf(challenge(live.open(), account, device))).isEqualTo(salt);
    Frame refused =
        ScramLogin.withCredential(
            live.open(), account, device, "A".repeat(43), ScramLogin.terminal("PC", "pc"));
    assertError(refused, "bad-credential", false, "proof-1");
  }

  @Test
  void aUsernameOtherThanTheAccountIsBadCredential() throws Exception {
    String account = newAccount();
    String other = newAccount();
    Frame refused =
        ScramLogin.run(
            live.open(), account, null, other, PASSWORD, ScramLogin.terminal("PC", "pc"));
    assertError(refused, "bad-credential", false, "proof-1");
  }

  @Test
  void aDeviceOfAnotherAccountIsBadCredential() throws Exception {
    String owner = newAccount();
    String intruder = newAccount();
    LiveServer.Device pc = live.register(owner, PASSWORD, "PC", "pc");
    Frame refused =
        ScramLogin.withCredential(
            live.open(), intruder, pc.address(), pc.credential(), ScramLogin.terminal("PC", "pc"));
    assertError(refused, "bad-credential", false, "proof-1");
    pc.ws().abort();
  }

  @Test
  void aProofWithoutAChallengeIsAnUnexpectedFrame() throws Exception {
    WsTestClient ws = live.open();
    ws.send(ws.encode(new LoginProof("p9", "c=biws,r=abc,p=AAAA")));
    assertError(ws.next(), "unexpected-frame", false, "p9");
    ws.send(ws.encode(new Ping("p10")));
    assertThat(ws.next()).isEqualTo(new Pong("p10"));
    ws.abort();
  }

  @Test
  void aSecondLoginBeforeTheProofIsAnUnexpectedFrame() throws Exception {
    String account = newAccount();
    WsTestClient ws = live.open();
    challenge(ws, account, null);
    ws.send(
        ws.encode(
            new Login(
                "c2",
                account,
                null,
                Login.SCRAM_SHA_256,
                "n,,n=" + account + ",r=abcdefgh",
                ScramLogin.terminal("PC", "pc"))));
    assertError(ws.next(), "unexpected-frame", false, "c2");
    ws.abort();
  }

  @Test
  void aMalformedClientFirstMessageIsBadCredential() throws Exception {
    String account = newAccount();
    WsTestClient ws = live.open();
    ws.send(
        ws.encode(
            new Login(
                "c1",
                account,
                null,
                Login.SCRAM_SHA_256,
                "p=tls-unique,,n=" + account + ",r=abcdefgh",
                ScramLogin.terminal("PC", "pc"))));
    assertError(ws.next(), "bad-credential", false, "c1");
    ws.abort();
  }

  @Test
  void framesThatNeedALoginAreRefusedWithLoginRequired() throws Exception {
    WsTestClient ws = live.open();
    ws.send(ws.encode(new ListDevices("d1")));
    assertError(ws.next(), "login-required", false, "d1");
    ws.send(ws.encode(new RenameDevice("d2", "someone-PC-1", "x")));
    assertError(ws.next(), "login-required", false, "d2");
    ws.send(ws.encode(new Logout("d3", false)));
    assertError(ws.next(), "login-required", false, "d3");
    ws.send(ws.encode(new Ping("d4")));
    assertThat(ws.next()).isEqualTo(new Pong("d4"));
    assertThat(ws.isClosed()).isFalse();
    ws.abort();
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void moreThanMaxFramesBeforeLoginClosesWith4401(Binding binding) throws Exception {
    Limits limits =
        new Limits(
            131_072, 100, 5, 16, 4, 5, 60, 16_384, 10_000, 8L << 30, 1_000, 16, 600, 86_400,
            32L << 30, 20, 100, 256, 10, 15, 604_800, 32L << 30);
    try (LiveServer strict = LiveServer.start(temp.resolve("strict-" + binding), limits)) {
      WsTestClient ws = strict.open(binding);
      for (int i = 1; i <= 4; i++) {
        ws.send(ws.encode(new Ping("p" + i)));
        assertThat(ws.next()).isEqualTo(new Pong("p" + i));
      }
      ws.send(ws.encode(new Ping("p5")));
      assertError(ws.next(), "login-limit", true, "p5");
      assertThat(ws.awaitClose()).isEqualTo(new WsTestClient.Close(4401, "login-limit"));
    }
  }

  @Test
  void framesAfterASuccessfulLoginAreNotCountedAgainstTheLimit() throws Exception {
    Limits limits =
        new Limits(
            131_072, 100, 5, 16, 4, 5, 60, 16_384, 10_000, 8L << 30, 1_000, 16, 600, 86_400,
            32L << 30, 20, 100, 256, 10, 15, 604_800, 32L << 30);
    try (LiveServer strict = LiveServer.start(temp.resolve("after-login"), limits)) {
      strict.createAccount("counted", PASSWORD);
      LiveServer.Device pc = strict.register("counted", PASSWORD, "PC", "pc");
      for (int i = 1; i <= 10; i++) {
        pc.ws().send(pc.ws().encode(new Ping("p" + i)));
        assertThat(pc.ws().next()).isEqualTo(new Pong("p" + i));
      }
      pc.ws().abort();
    }
  }

  @Test
  void theSameDeviceLoggingInAgainReplacesItsEarlierSession() throws Exception {
    String account = newAccount();
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    LiveServer.Device again = live.resume(account, pc);
    assertError(pc.ws().next(), "session-replaced", true, null);
    assertThat(pc.ws().awaitClose()).isEqualTo(new WsTestClient.Close(4409, "session-replaced"));
    assertThat(again.ok().multiPoint()).as("the device itself is no other device").isFalse();
    // The old session's end does not take the device offline: it is online on the new one.
    again.assertNothingPending("after-replace");
    assertThat(isOnline(pc.address())).isTrue();
    again.ws().abort();
  }

  @Test
  void tooManyDevicesIsRefusedAfterTheProof() throws Exception {
    Limits limits =
        new Limits(
            131_072, 100, 5, 2, 16, 5, 60, 16_384, 10_000, 8L << 30, 1_000, 16, 600, 86_400,
            32L << 30, 20, 100, 256, 10, 15, 604_800, 32L << 30);
    try (LiveServer small = LiveServer.start(temp.resolve("two-devices"), limits)) {
      small.createAccount("full", PASSWORD);
      small.register("full", PASSWORD, "PC", "one").ws().abort();
      small.register("full", PASSWORD, "PC", "two").ws().abort();
      WsTestClient ws = small.open();
      Frame refused =
          ScramLogin.withPassword(ws, "full", PASSWORD, ScramLogin.terminal("PC", "three"));
      assertError(refused, "too-many-devices", false, "proof-1");
      ws.abort();
    }
  }

  @Test
  void consecutiveFailuresLockTheAccountOutForLockoutSeconds() throws Exception {
    Limits limits =
        new Limits(
            131_072, 100, 5, 16, 16, 2, 1, 16_384, 10_000, 8L << 30, 1_000, 16, 600, 86_400,
            32L << 30, 20, 100, 256, 10, 15, 604_800, 32L << 30);
    try (LiveServer guarded = LiveServer.start(temp.resolve("lockout"), limits)) {
      guarded.createAccount("guarded", PASSWORD);
      WsTestClient ws = guarded.open();
      Terminal pc = ScramLogin.terminal("PC", "pc");
      assertError(
          ScramLogin.withPassword(ws, "guarded", "wrong", pc), "bad-credential", false, "proof-1");
      assertError(
          ScramLogin.withPassword(ws, "guarded", "wrong", pc), "bad-credential", false, "proof-1");
      // Locked out: even the right password is refused, at the login frame.
      assertError(
          ScramLogin.withPassword(ws, "guarded", PASSWORD, pc), "locked-out", false, "login-1");
      // An account that does not exist locks out the same way: a lockout tells nothing.
      WsTestClient probe = guarded.open();
      for (int i = 0; i < 2; i++) {
        assertError(
            ScramLogin.withPassword(probe, "ghost", "x", pc), "bad-credential", false, "proof-1");
      }
      assertError(ScramLogin.withPassword(probe, "ghost", "x", pc), "locked-out", false, "login-1");

      WsTestClient later = guarded.open();
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> ScramLogin.withPassword(later, "guarded", PASSWORD, pc) instanceof LoginOk);
    }
  }

  @Test
  void aPasswordLockoutLeavesDeviceCredentialLoginsAlone() throws Exception {
    Limits limits =
        new Limits(
            131_072, 100, 5, 16, 16, 2, 60, 16_384, 10_000, 8L << 30, 1_000, 16, 600, 86_400,
            32L << 30, 20, 100, 256, 10, 15, 604_800, 32L << 30);
    try (LiveServer guarded = LiveServer.start(temp.resolve("password-lockout"), limits)) {
      guarded.createAccount("owner", PASSWORD);
      LiveServer.Device pc = guarded.register("owner", PASSWORD, "PC", "pc");
      pc.ws().abort();
      WsTestClient phone = guarded.open();
      Terminal terminal = ScramLogin.terminal("MP", "phone");
      assertError(
          ScramLogin.withPassword(phone, "owner", "wrong", terminal),
          "bad-credential",
          false,
          "proof-1");
      // A device credential login is no password login: it does not end the run of failures.
      guarded.resume("owner", pc).ws().abort();
      assertError(
          ScramLogin.withPassword(phone, "owner", "wrong", terminal),
          "bad-credential",
          false,
          "proof-1");
      assertError(
          ScramLogin.withPassword(phone, "owner", PASSWORD, terminal),
          "locked-out",
          false,
          "login-1");
      // REQ-LOGIN-022: the device credential still logs the PC in, as itself.
      LiveServer.Device again = guarded.resume("owner", pc);
      assertThat(again.ok().self().address()).isEqualTo("owner-PC-1");
      assertThat(again.ok().credential()).isNull();
      again.ws().abort();
      // Nor does its success lift the password lockout.
      assertError(
          ScramLogin.withPassword(phone, "owner", PASSWORD, terminal),
          "locked-out",
          false,
          "login-1");
      phone.abort();
    }
  }

  @Test
  void failedDeviceCredentialLoginsDoNotLockThePasswordLogins() throws Exception {
    Limits limits =
        new Limits(
            131_072, 100, 5, 16, 16, 2, 60, 16_384, 10_000, 8L << 30, 1_000, 16, 600, 86_400,
            32L << 30, 20, 100, 256, 10, 15, 604_800, 32L << 30);
    try (LiveServer guarded = LiveServer.start(temp.resolve("credential-failures"), limits)) {
      guarded.createAccount("owner", PASSWORD);
      LiveServer.Device pc = guarded.register("owner", PASSWORD, "PC", "pc");
      pc.ws().abort();
      WsTestClient probe = guarded.open();
      Terminal terminal = ScramLogin.terminal("PC", "pc");
      for (int i = 0; i < 3; i++) {
        assertError(
            ScramLogin.withCredential(probe, "owner", pc.address(), "A".repeat(43), terminal),
            "bad-credential",
            false,
            "proof-1");
        assertError(
            ScramLogin.withCredential(probe, "owner", "owner-PC-9", "A".repeat(43), terminal),
            "bad-credential",
            false,
            "proof-1");
      }
      LoginOk ok =
          ScramLogin.ok(
              ScramLogin.withPassword(
                  probe, "owner", PASSWORD, ScramLogin.terminal("MP", "phone")));
      assertThat(ok.self().address()).isEqualTo("owner-MP-1");
      probe.abort();
    }
  }

  /**
   * Failed logins from the connection given, {@code count} of them, each on a new one as needed.
   */
  private static void failLogins(LiveServer target, int count, boolean withCredential)
      throws Exception {
    Terminal terminal = ScramLogin.terminal("PC", "intruder");
    WsTestClient ws = null;
    for (int i = 0; i < count; i++) {
      // Two frames a login: a connection takes a few before maxFramesBeforeLogin.
      if (i % 5 == 0) {
        if (ws != null) {
          ws.abort();
        }
        ws = target.open();
      }
      Frame answer =
          withCredential
              ? ScramLogin.withCredential(ws, "owner", "owner-PC-7", "A".repeat(43), terminal)
              : ScramLogin.withPassword(ws, "nobody" + i, "guess", terminal);
      assertThat(answer).as("failed login %d", i).isInstanceOf(ErrorFrame.class);
    }
    ws.abort();
  }

  @Test
  void failedLoginsFromTheDevicesOwnAddressNeverLockItsDeviceCredentialOut() throws Exception {
    try (LiveServer shared =
        LiveServer.start(temp.resolve("same-address"), ServerConfig.DEFAULT_LIMITS)) {
      shared.createAccount("owner", PASSWORD);
      LiveServer.Device pc = shared.register("owner", PASSWORD, "PC", "pc");
      pc.ws().abort();
      // Someone behind the same address guesses passwords of names, then credentials of devices,
      // more often than any per-address limit of the server allows (issue 18, item 6).
      failLogins(shared, 120, false);
      failLogins(shared, 120, true);

      LiveServer.Device again = shared.resume("owner", pc);
      assertThat(again.ok().self().address()).isEqualTo("owner-PC-1");
      again.ws().abort();
    }
  }

  @Test
  void aCredentialChallengeIsBoundToTheDeviceItWasIssuedFor() throws Exception {
    String account = newAccount();
    LiveServer.Device pc = live.register(account, PASSWORD, "PC", "pc");
    String address = pc.address();
    // A second login of the PC gets its challenge ...
    WsTestClient late = live.open();
    com.ongres.scram.client.ScramClient scram = ScramLogin.client(address, pc.credential());
    late.send(
        late.encode(
            new Login(
                "c1",
                account,
                address,
                Login.SCRAM_SHA_256,
                scram.clientFirstMessage().toString(),
                ScramLogin.terminal("PC", "pc"))));
    LoginChallenge challenge = (LoginChallenge) late.next();
    // ... then the PC is removed, and a new PC is given its address ...
    pc.ws().send(pc.ws().encode(new Logout("bye", true)));
    assertThat(pc.ws().next()).isEqualTo(new Ok("bye"));
    LiveServer.Device newcomer = live.register(account, PASSWORD, "PC", "newcomer");
    assertThat(newcomer.address()).isEqualTo(address);
    // ... so the proof made with the removed PC's credential resumes nothing.
    scram.serverFirstMessage(challenge.serverFirst());
    late.send(late.encode(new LoginProof("p1", scram.clientFinalMessage().toString())));
    assertError(late.next(), "bad-credential", false, "p1");
    assertThat(isOnline(address)).as("the newcomer is still online as itself").isTrue();
    late.abort();
    newcomer.ws().abort();
  }

  private static boolean isOnline(String address) {
    return live.server
        .services()
        .registry()
        .isOnline(org.mplp.server.session.DeviceAddress.parse(address).orElseThrow());
  }
}
