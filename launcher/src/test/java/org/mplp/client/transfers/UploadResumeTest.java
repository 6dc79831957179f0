package org.mplp.client.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.client.ClientConfig;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.client.TestServer;
import org.mplp.spec.model.Offer;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Transfer;

/**
 * An upload broken off after half the file: the data client asks the server how much it holds
 * (HEAD, Upload-Offset) and sends only the rest; the recipient gets the whole file.
 */
class UploadResumeTest {
  @TempDir Path temp;
  private TestServer server;
  private MplpClient pc;
  private MplpClient phone;
  private final LinkedBlockingQueue<Transfer> atPhone = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws Exception {
    server = TestServer.start(temp.resolve("server"));
    TestServer.Account account = server.newAccount();
    pc =
        MplpClient.create(
            ClientConfig.of(temp.resolve("pc")).withServer(server.controlUri()),
            new ClientListener() {});
    pc.register(account.name(), account.password().toCharArray());
    phone =
        MplpClient.create(
            ClientConfig.of(temp.resolve("phone"))
                .withServer(server.controlUri())
                .withTerminal("MP", "phone"),
            new ClientListener() {
              @Override
              public void onTransfer(Transfer transfer) {
                atPhone.add(transfer);
              }
            });
    phone.register(account.name(), account.password().toCharArray());
  }

  @AfterEach
  void stop() {
    pc.close();
    phone.close();
    server.close();
  }

  @Test
  void anUploadBrokenOffHalfwayResumesFromTheServersOffset() throws Exception {
    byte[] whole = new byte[200_000];
    for (int i = 0; i < whole.length; i++) {
      whole[i] = (byte) (i % 251);
    }
    Path file = Files.write(temp.resolve("clip.bin"), whole);
    // Offered by a raw frame, so the transfer manager does not upload it by itself.
    String id = pc.nextId();
    LocalFiles.Entry entry = LocalFiles.of(List.of(file)).get(0);
    Transfer accepted =
        (Transfer)
            pc.await(
                pc.request(
                    id,
                    new Offer(
                        id,
                        phone.self().address(),
                        Permission.DIRECT,
                        null,
                        List.of(entry.offered()))));
    String uploadToken = accepted.files().get(0).token();
    URI origin = URI.create("http://" + server.controlUri().getRawAuthority());
    HttpClient http = HttpClient.newHttpClient();

    // The first half arrives, then the connection is gone.
    HttpResponse<Void> half =
        http.send(
            HttpRequest.newBuilder(origin.resolve("/transfers/" + accepted.transferId() + "/0"))
                .header("Authorization", "Bearer " + uploadToken)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOf(whole, 100_000)))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(half.headers().firstValueAsLong("Upload-Offset")).hasValue(100_000);

    AtomicLong firstReported = new AtomicLong(-1);
    DataClient data = new DataClient(http, origin);
    data.upload(
        accepted.transferId(),
        0,
        uploadToken,
        file,
        whole.length,
        bytes -> firstReported.compareAndSet(-1, bytes));
    assertThat(firstReported.get())
        .as("the first position read from the file")
        .isGreaterThan(100_000);

    Transfer atRecipient = atPhone.poll(30, TimeUnit.SECONDS);
    assertThat(atRecipient).isNotNull();
    Path partial = temp.resolve("download.part");
    data.download(
        accepted.transferId(),
        0,
        atRecipient.files().get(0).token(),
        partial,
        whole.length,
        bytes -> {});
    assertThat(Files.readAllBytes(partial)).isEqualTo(whole);
  }
}
