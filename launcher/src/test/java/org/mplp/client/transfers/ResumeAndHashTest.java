package org.mplp.client.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.client.ClientConfig;
import org.mplp.client.ClientListener;
import org.mplp.client.MplpClient;
import org.mplp.client.TestServer;
import org.mplp.spec.model.FileOutcome;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferState;

/**
 * A download cut off halfway leaves its first bytes in the partial file; the next try asks only for
 * the rest with Range, and the hash check judges the whole.
 */
class ResumeAndHashTest {
  @TempDir Path temp;
  private TestServer server;
  private MplpClient pc;
  private MplpClient phone;
  private final LinkedBlockingQueue<StoredFile> stored = new LinkedBlockingQueue<>();

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
              public void onFileStored(StoredFile file) {
                stored.add(file);
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

  /** Offers the file, leaves {@code firstBytes} as a cut-off download's partial, then accepts. */
  private StoredFile resumeWith(byte[] whole, byte[] firstBytes, Path into) throws Exception {
    Path file = Files.write(temp.resolve("video-" + firstBytes[0] + ".bin"), whole);
    Transfer offered =
        pc.await(
            pc.transfers()
                .offer(phone.self().address(), LocalFiles.of(List.of(file)), Permission.ASK));
    Path partial = Transfers.partialFile(into, offered.transferId(), 0);
    Files.createDirectories(partial.getParent());
    Files.write(partial, firstBytes);
    phone.await(phone.transfers().accept(offered.transferId(), null, into));
    StoredFile result = stored.poll(30, TimeUnit.SECONDS);
    assertThat(result).as("a result for the file").isNotNull();
    return result;
  }

  @Test
  void aCutDownloadResumesWhereItStopped() throws Exception {
    byte[] whole = new byte[300_000];
    for (int i = 0; i < whole.length; i++) {
      whole[i] = (byte) (i * 31 + 7);
    }
    byte[] firstHalf = java.util.Arrays.copyOf(whole, 150_000);
    Path into = temp.resolve("in");
    StoredFile result = resumeWith(whole, firstHalf, into);
    assertThat(result.outcome()).isEqualTo(FileOutcome.RECEIVED);
    assertThat(Files.readAllBytes(result.stored())).isEqualTo(whole);
  }

  @Test
  void wrongBytesKeptFromACutDownloadFailTheHashCheck() throws Exception {
    // Only the bytes past the partial file are fetched: wrong first bytes stay wrong, and the
    // hash check catches them, which also shows that the resume asked for the rest only.
    byte[] whole = new byte[300_000];
    byte[] wrongHalf = new byte[150_000];
    java.util.Arrays.fill(wrongHalf, (byte) 1);
    Path into = temp.resolve("in");
    StoredFile result = resumeWith(whole, wrongHalf, into);
    assertThat(result.outcome()).isEqualTo(FileOutcome.HASH_MISMATCH);
    assertThat(result.stored()).isNull();
    assertThat(into.resolve("video-0.bin")).doesNotExist();
    Transfer last = pc.await(pc.transfers().finished(result.transferId()));
    assertThat(last.state()).isEqualTo(TransferState.FAILED);
  }

  @Test
  void namesFromTheWireNeverLeaveTheChosenFolder() throws Exception {
    Path into = temp.resolve("safe");
    assertThat(SafeTarget.resolve(into, "a/b", "x.txt"))
        .isEqualTo(into.toAbsolutePath().resolve("a/b/x.txt"));
    for (String[] bad :
        new String[][] {
          {"../..", "x"},
          {null, ".."},
          {null, "con.txt"},
          {null, "a\\b"},
          {"/etc", "passwd"},
          {null, "C:x"}
        }) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> SafeTarget.resolve(into, bad[0], bad[1]))
          .as("%s / %s", bad[0], bad[1])
          .isInstanceOf(java.io.IOException.class);
    }
  }

  @Test
  void aLinkInsideTheFolderDoesNotLeadAFileOutOfIt() throws Exception {
    Path into = Files.createDirectories(temp.resolve("safe2"));
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.createSymbolicLink(into.resolve("trip"), elsewhere);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SafeTarget.resolve(into, "trip", "x.txt"))
        .isInstanceOf(java.io.IOException.class);
  }
}
