package org.mplp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.spec.model.MessageAccepted;

/** A lost connection: the client comes back as the same device and loses no send. */
class ReconnectTest {
  @TempDir Path temp;
  private TestServer server;
  private TestServer.Account account;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.start(temp.resolve("server"));
    account = server.newAccount();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private MplpClient registered(String device, String type, Recorder recorder) throws Exception {
    MplpClient client =
        MplpClient.create(
            ClientConfig.of(temp.resolve(device))
                .withServer(server.controlUri())
                .withTerminal(type, device)
                .withReconnect(true, new Backoff(Duration.ofMillis(50), Duration.ofMillis(300)))
                // A connection whose close goes unseen is found dead by its unanswered pings.
                .withKeepAlive(Duration.ofMillis(200)),
            recorder);
    client.register(account.name(), account.password().toCharArray());
    return client;
  }

  @Test
  void aRestartedServerSeesTheSameDevicesAgainAndGetsWhatWasSentMeanwhile() throws Exception {
    Recorder pcSees = new Recorder();
    Recorder phoneSees = new Recorder();
    try (MplpClient pc = registered("pc", "PC", pcSees);
        MplpClient phone = registered("phone", "MP", phoneSees)) {
      String pcAddress = pc.self().address();
      String phoneAddress = phone.self().address();

      server.stop();
      await().until(() -> !pc.ready() && !phone.ready());
      assertThat(pcSees.disconnects).allMatch(reason -> reason.endsWith("(reconnecting)"));
      // Told the server was going away (close code 1001), not cut off (REQ-OPEN-011, REQ-OPEN-012).
      assertThat(pcSees.disconnects).allMatch(reason -> reason.contains("shutting-down"));
      CompletableFuture<MessageAccepted> sentWhileDown =
          pc.send(phoneAddress, "text/plain", "sent while the server was down");
      server.restart();

      await().until(() -> pcSees.reconnects.size() == 1 && phoneSees.reconnects.size() == 1);
      assertThat(pcSees.reconnects.get(0).address()).isEqualTo(pcAddress);
      assertThat(phoneSees.reconnects.get(0).address()).isEqualTo(phoneAddress);
      assertThat(pc.await(sentWhileDown).recipients()).hasSize(1);
      await().until(() -> phoneSees.messages.size() == 1);
      assertThat(phoneSees.bodies()).containsExactly("sent while the server was down");
    }
  }

  @Test
  void aSendCutOffBeforeItsAnswerIsSentAgainAndStoredOnce() throws Exception {
    Recorder phoneSees = new Recorder();
    try (MplpClient pc = registered("pc", "PC", new Recorder());
        MplpClient phone = registered("phone", "MP", phoneSees)) {
      // Sent, then the network drops at once: whether or not the server stored it, the re-send
      // with the same clientMessageId makes it one message (REQ-MSG-009).
      CompletableFuture<MessageAccepted> sent =
          pc.send(phone.self().address(), "text/plain", "exactly once");
      pc.dropConnection();
      MessageAccepted accepted = pc.await(sent);
      assertThat(accepted.recipients()).hasSize(1);
      await().until(() -> phoneSees.messages.size() == 1);
      pc.await(pc.send(phone.self().address(), "text/plain", "and the next one"));
      await().until(() -> phoneSees.messages.size() == 2);
      assertThat(phoneSees.bodies()).containsExactly("exactly once", "and the next one");
    }
  }
}
