package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mplp.server.login.Scram;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.Limits;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.Ping;
import org.mplp.spec.model.Pong;
import org.mplp.spec.model.Welcome;

/** A server on a free port over real sockets, with what login tests do to it. */
final class LiveServer implements AutoCloseable {

  final MplpServer server;

  private LiveServer(MplpServer server) {
    this.server = server;
  }

  static LiveServer start(Path dataDir, Limits limits) throws Exception {
    return start(ServerConfig.defaults().withPort(0).withDataDir(dataDir).withLimits(limits));
  }

  static LiveServer start(ServerConfig config) throws Exception {
    return new LiveServer(MplpServer.start(config));
  }

  /** Creates an account the way the account command does, on the server's store thread. */
  void createAccount(String name, String password) throws Exception {
    var services = server.services();
    boolean created =
        services
            .executor()
            .submit(
                () ->
                    services
                        .accounts()
                        .create(name, Scram.keysOf(password.toCharArray(), new SecureRandom())))
            .get(10, TimeUnit.SECONDS);
    assertThat(created).as("account %s created", name).isTrue();
  }

  /** A connection after the opening exchange. */
  WsTestClient open(Binding binding) throws Exception {
    WsTestClient client =
        WsTestClient.connect(server.controlUri(), binding.subprotocol())
            .decodingWith(FrameCodec.forBinding(binding));
    client.send(client.encode(new Hello("h1", List.of("1.0"))));
    assertThat(client.next()).isInstanceOf(Welcome.class);
    return client;
  }

  WsTestClient open() throws Exception {
    return open(Binding.JSON);
  }

  /** A new device: a password login on a new connection. */
  Device register(String account, String password, String type, String label) throws Exception {
    return register(account, password, type, label, Binding.JSON);
  }

  /** A new device, logged in on a connection of the binding given. */
  Device register(String account, String password, String type, String label, Binding binding)
      throws Exception {
    WsTestClient ws = open(binding);
    LoginOk ok =
        ScramLogin.ok(
            ScramLogin.withPassword(ws, account, password, ScramLogin.terminal(type, label)));
    return new Device(ws, ok, ok.credential());
  }

  /** A registered device logging in again with its credential, on a new connection. */
  Device resume(String account, Device device) throws Exception {
    return resume(account, device, Binding.JSON);
  }

  /** A registered device logging in again, on a connection of the binding given. */
  Device resume(String account, Device device, Binding binding) throws Exception {
    WsTestClient ws = open(binding);
    LoginOk ok =
        ScramLogin.ok(
            ScramLogin.withCredential(
                ws,
                account,
                device.address(),
                device.credential(),
                ScramLogin.terminal(device.ok().self().type(), device.ok().self().label())));
    return new Device(ws, ok, device.credential());
  }

  @Override
  public void close() {
    server.close();
  }

  /** A logged-in device: its connection, its login-ok and its credential. */
  record Device(WsTestClient ws, LoginOk ok, String credential) {
    String address() {
      return ok.self().address();
    }

    /**
     * Nothing was sent to this device before now: a ping's pong is the next frame. What the server
     * sends a device is queued in order, so an event sent earlier would come first.
     */
    void assertNothingPending(String pingId) throws Exception {
      ws.send(ws.encode(new Ping(pingId)));
      Frame next = ws.next();
      assertThat(next).as("the next frame to %s", address()).isEqualTo(new Pong(pingId));
    }
  }

  /** Asserts an error frame with a code and replyTo, and returns it. */
  static ErrorFrame assertError(Frame frame, String code, boolean fatal, String replyTo) {
    assertThat(frame).as("an error %s", code).isInstanceOf(ErrorFrame.class);
    ErrorFrame error = (ErrorFrame) frame;
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.fatal()).as("fatal").isEqualTo(fatal);
    assertThat(error.replyTo()).as("replyTo").isEqualTo(replyTo);
    return error;
  }
}
