package org.mplp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.model.DeviceEventKind;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.Presence;

/** The client library against the reference server in-process, over real sockets. */
class MplpClientTest {
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

  private ClientConfig config(String device, String type, String label) {
    return ClientConfig.of(temp.resolve(device))
        .withServer(server.controlUri())
        .withTerminal(type, label)
        .withReconnect(true, new Backoff(Duration.ofMillis(50), Duration.ofMillis(400)));
  }

  private MplpClient registered(String device, String type, Recorder recorder) throws Exception {
    MplpClient client = MplpClient.create(config(device, type, device), recorder);
    client.register(account.name(), account.password().toCharArray());
    return client;
  }

  @Test
  void aPasswordLoginRegistersTheDeviceAndKeepsItsCredentialPrivate() throws Exception {
    try (MplpClient pc = registered("pc", "PC", new Recorder())) {
      assertThat(pc.self().address()).isEqualTo(account.name() + "-PC-1");
      Path file = temp.resolve("pc").resolve("device.properties");
      assertThat(Files.readString(file)).contains("credential=");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .as("the credential file's mode")
          .isEqualTo("rw-------");
    }
  }

  @ParameterizedTest
  @EnumSource(Binding.class)
  void theCredentialLogsTheSameDeviceInAgainWithItsAddress(Binding binding) throws Exception {
    String address;
    try (MplpClient first =
        MplpClient.create(config("tv", "TV", "Living room").withBinding(binding), new Recorder())) {
      address = first.register(account.name(), account.password().toCharArray()).self().address();
    }
    try (MplpClient again =
        MplpClient.create(ClientConfig.of(temp.resolve("tv")), new Recorder())) {
      LoginOk ok = again.resume();
      assertThat(ok.self().address()).isEqualTo(address);
      assertThat(ok.credential()).as("a resumed device gets no new credential").isNull();
      assertThat(again.identity().orElseThrow().binding()).isEqualTo(binding);
    }
  }

  @Test
  void messagesArriveOnceAcknowledgedAndTheSenderHearsTheyWereDelivered() throws Exception {
    Recorder phoneSees = new Recorder();
    Recorder pcSees = new Recorder();
    try (MplpClient pc = registered("pc", "PC", pcSees);
        MplpClient phone = registered("phone", "MP", phoneSees)) {
      await().until(() -> pc.contacts().find(phone.self().address()).isPresent());
      MessageAccepted accepted =
          pc.await(pc.send(phone.self().address(), "text/plain", "Leaving the office now."));
      assertThat(accepted.recipients()).hasSize(1);
      await().until(() -> pcSees.delivered.size() == 1);
      assertThat(phoneSees.bodies()).containsExactly("Leaving the office now.");
      assertThat(pcSees.delivered.get(0).clientMessageId()).isEqualTo(accepted.clientMessageId());
    }
    // Acknowledged: a new session of the phone is not given the message again.
    Recorder phoneLater = new Recorder();
    try (MplpClient phone = MplpClient.create(ClientConfig.of(temp.resolve("phone")), phoneLater)) {
      phone.resume();
      phone.await(phone.ping());
      assertThat(phoneLater.messages).isEmpty();
    }
  }

  @Test
  void aMessageForAnOfflineDeviceWaitsAndIsShownAtItsNextLogin() throws Exception {
    registered("phone", "MP", new Recorder()).close();
    try (MplpClient pc = registered("pc", "PC", new Recorder())) {
      pc.await(pc.send(account.name() + "-MP-1", "text/plain", "while you were away"));
    }
    Recorder phoneSees = new Recorder();
    try (MplpClient phone = MplpClient.create(ClientConfig.of(temp.resolve("phone")), phoneSees)) {
      phone.resume();
      await().until(() -> phoneSees.messages.size() == 1);
      assertThat(phoneSees.bodies()).containsExactly("while you were away");
    }
  }

  @Test
  void contactsFollowDeviceEvents() throws Exception {
    Recorder pcSees = new Recorder();
    try (MplpClient pc = registered("pc", "PC", pcSees)) {
      MplpClient phone = registered("phone", "MP", new Recorder());
      String phoneAddress = phone.self().address();
      await().until(() -> pc.contacts().find(phoneAddress).isPresent());
      phone.await(phone.rename(phoneAddress, "Li's phone"));
      await()
          .until(() -> pc.contacts().find(phoneAddress).orElseThrow().label().equals("Li's phone"));
      phone.close();
      await()
          .until(
              () -> pc.contacts().find(phoneAddress).orElseThrow().presence() == Presence.OFFLINE);
      assertThat(pcSees.events)
          .extracting(e -> e.event())
          .containsSubsequence(
              DeviceEventKind.ADDED, DeviceEventKind.UPDATED, DeviceEventKind.OFFLINE);
    }
  }

  @Test
  void logoutWithRemovalForgetsTheDeviceAndItsAddress() throws Exception {
    Recorder pcSees = new Recorder();
    try (MplpClient pc = registered("pc", "PC", pcSees)) {
      MplpClient phone = registered("phone", "MP", new Recorder());
      String phoneAddress = phone.self().address();
      phone.logout(true);
      assertThat(phone.identity()).isEmpty();
      assertThat(temp.resolve("phone").resolve("device.properties")).doesNotExist();
      await().until(() -> pc.contacts().find(phoneAddress).isEmpty());
    }
  }

  @Test
  void theSenderHearsAMessageIsUndeliverableWhenItsRecipientIsRemovedFirst() throws Exception {
    registered("phone", "MP", new Recorder()).close();
    Recorder pcSees = new Recorder();
    try (MplpClient pc = registered("pc", "PC", pcSees)) {
      pc.await(pc.send(account.name() + "-MP-1", "text/plain", "never read"));
      // The phone shows the message but, held inside its listener, acknowledges it only after
      // its logout with removal has gone out: the server discards it unacknowledged.
      CountDownLatch showing = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      MplpClient phone =
          MplpClient.create(
              ClientConfig.of(temp.resolve("phone")),
              new ClientListener() {
                @Override
                public void onMessage(org.mplp.spec.model.Message message) {
                  showing.countDown();
                  awaitQuietly(release);
                }
              });
      phone.resume();
      showing.await();
      String id = phone.nextId();
      phone.request(id, new org.mplp.spec.model.Logout(id, true));
      release.countDown();
      await().until(() -> pcSees.undeliverable.size() == 1);
      assertThat(pcSees.undeliverable.get(0).reason()).isEqualTo("device-removed");
      assertThat(pcSees.undeliverable.get(0).to()).isEqualTo(account.name() + "-MP-1");
      phone.close();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aRefusedSendFailsWithTheServersCode() throws Exception {
    try (MplpClient pc = registered("pc", "PC", new Recorder())) {
      assertThatThrownBy(() -> pc.await(pc.send(account.name() + "-TV-9", "text/plain", "hi")))
          .isInstanceOfSatisfying(
              ServerRefusedException.class, e -> assertThat(e.code()).isEqualTo("unknown-device"));
    }
  }

  @Test
  void aWrongPasswordIsRefusedWithBadCredential() throws Exception {
    try (MplpClient pc = MplpClient.create(config("pc", "PC", "pc"), new Recorder())) {
      assertThatThrownBy(() -> pc.register(account.name(), "not-the-password".toCharArray()))
          .isInstanceOfSatisfying(
              ServerRefusedException.class, e -> assertThat(e.code()).isEqualTo("bad-credential"));
      assertThat(pc.identity()).isEmpty();
    }
  }

  @Test
  void aBodyOverTheWelcomesLimitIsNotSent() throws Exception {
    try (MplpClient pc = registered("pc", "PC", new Recorder())) {
      String body = "x".repeat(pc.welcome().limits().maxMessageBytes() + 1);
      assertThatThrownBy(() -> pc.await(pc.send("*", "text/plain", body)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at most");
    }
  }

  @Test
  void aBacklogLargerThanOneAckFrameIsAllShownAndAcknowledged() throws Exception {
    registered("phone", "MP", new Recorder()).close();
    int count = 300;
    try (MplpClient pc = registered("pc", "PC", new Recorder())) {
      for (int i = 0; i < count; i++) {
        pc.send(account.name() + "-MP-1", "text/plain", "n" + i);
      }
      pc.settle();
    }
    Recorder phoneSees = new Recorder();
    try (MplpClient phone = MplpClient.create(ClientConfig.of(temp.resolve("phone")), phoneSees)) {
      phone.resume();
      await().until(() -> phoneSees.messages.size() == count);
      assertThat(phoneSees.bodies())
          .as("in the order sent")
          .containsExactlyElementsOf(
              java.util.stream.IntStream.range(0, count).mapToObj(i -> "n" + i).toList());
      phone.settle();
      assertThat(phoneSees.errors).as("errors from the server").isEmpty();
    }
    Recorder phoneLater = new Recorder();
    try (MplpClient phone = MplpClient.create(ClientConfig.of(temp.resolve("phone")), phoneLater)) {
      phone.resume();
      phone.await(phone.ping());
      assertThat(phoneLater.messages).as("every message was acknowledged").isEmpty();
    }
  }
}
