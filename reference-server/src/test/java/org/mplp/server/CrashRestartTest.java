package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.login.AccountStore;
import org.mplp.server.login.Scram;
import org.mplp.server.store.Database;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.Send;
import org.mplp.spec.model.Welcome;

/**
 * A server process killed while messages flow loses none it accepted and shows none twice
 * (REQ-MSG-008, REQ-MSG-009, REQ-MSG-012): a separate JVM on a data directory, killed abruptly, and
 * started again on the same directory.
 */
class CrashRestartTest {

  private static final String ACCOUNT = "crash";
  private static final String PASSWORD = "crash password";
  private static final int MESSAGES = 400;

  /** Below the server's frame-rate limit of 100 a second. */
  private static final long PACE_MILLIS = 12;

  @TempDir Path temp;

  @Test
  void everyAcceptedMessageArrivesExactlyOnceAfterAKill() throws Exception {
    Path dataDir = temp.resolve("data");
    try (Database database = Database.open(dataDir)) {
      new AccountStore(database)
          .create(ACCOUNT, Scram.keysOf(PASSWORD.toCharArray(), new SecureRandom()));
    }

    int port = freePort();
    Process first = startServer(dataDir, port, temp.resolve("first.log"));
    Map<String, String> accepted = new HashMap<>(); // messageId -> clientMessageId
    Set<String> sent = new HashSet<>();
    String mpAddress;
    String mpCredential;
    try {
      register(port, "PC", "pc");
      WsTestClient pcWs = lastClient;
      LoginOk mp = register(port, "MP", "phone");
      lastClient.abort();
      mpAddress = mp.self().address();
      mpCredential = mp.credential();
      // The phone is offline once the PC hears so; what follows waits in the store for it.
      while (!(pcWs.next() instanceof DeviceEvent event
          && event.device().address().equals(mpAddress)
          && event.event().wireName().equals("offline"))) {
        // passing over the phone's added event
      }
      for (int i = 1; i <= MESSAGES; i++) {
        String clientMessageId = "c-" + i;
        sent.add(clientMessageId);
        pcWs.send(
            pcWs.encode(
                new Send("s" + i, clientMessageId, mpAddress, null, "text/plain", "m" + i)));
        collectAccepted(pcWs, accepted, 0);
        if (i == MESSAGES / 2) {
          // Abruptly, with sends still arriving and being stored.
          first.destroyForcibly();
          break;
        }
        Thread.sleep(PACE_MILLIS);
      }
      collectAccepted(pcWs, accepted, 500);
    } finally {
      first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(accepted).as("messages accepted before the kill").isNotEmpty();

    int secondPort = freePort();
    Process second = startServer(dataDir, secondPort, temp.resolve("second.log"));
    try {
      WsTestClient ws = open(secondPort);
      ScramLogin.ok(
          ScramLogin.withCredential(
              ws, ACCOUNT, mpAddress, mpCredential, ScramLogin.terminal("MP", "phone")));
      List<Message> received = new ArrayList<>();
      for (Frame frame = ws.poll(3000); frame != null; frame = ws.poll(3000)) {
        if (frame instanceof Message message) {
          received.add(message);
        }
      }
      Set<String> seen = new HashSet<>();
      long lastSeq = 0;
      for (Message message : received) {
        assertThat(seen.add(message.messageId())).as("%s shown once", message.messageId()).isTrue();
        assertThat(message.seq()).as("seq order").isGreaterThan(lastSeq);
        lastSeq = message.seq();
        assertThat(sent).contains(message.clientMessageId());
      }
      assertThat(seen).as("every accepted message arrives").containsAll(accepted.keySet());
      assertThat(received.stream().map(Message::clientMessageId).distinct().count())
          .as("no send stored twice")
          .isEqualTo(received.size());
      System.out.printf(
          "crash-restart: %d sent, %d accepted before the kill, %d delivered after%n",
          MESSAGES / 2, accepted.size(), received.size());
      ws.abort();
    } finally {
      second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private WsTestClient lastClient;

  private LoginOk register(int port, String type, String label) throws Exception {
    lastClient = open(port);
    return ScramLogin.ok(
        ScramLogin.withPassword(lastClient, ACCOUNT, PASSWORD, ScramLogin.terminal(type, label)));
  }

  private static void collectAccepted(WsTestClient ws, Map<String, String> accepted, long wait)
      throws Exception {
    for (Frame frame = ws.poll(wait); frame != null; frame = ws.poll(wait)) {
      if (frame instanceof MessageAccepted answer) {
        answer
            .recipients()
            .forEach(recipient -> accepted.put(recipient.messageId(), answer.clientMessageId()));
      }
    }
  }

  private static WsTestClient open(int port) throws Exception {
    WsTestClient client =
        WsTestClient.connect(
                URI.create("ws://127.0.0.1:" + port + "/mplp"), Binding.JSON.subprotocol())
            .decodingWith(FrameCodec.forBinding(Binding.JSON));
    client.send(client.encode(new Hello("h1", List.of("1.0"))));
    assertThat(client.next()).isInstanceOf(Welcome.class);
    return client;
  }

  private static Process startServer(Path dataDir, int port, Path log) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ServerMain.class.getName(),
                "--port",
                Integer.toString(port),
                "--data-dir",
                dataDir.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return process;
      } catch (java.io.IOException notYet) {
        assertThat(process.isAlive()).as("the server process runs; see %s", log).isTrue();
        Thread.sleep(100);
      }
    }
    process.destroyForcibly();
    throw new AssertionError("the server did not listen on " + port + " within 30 s");
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
