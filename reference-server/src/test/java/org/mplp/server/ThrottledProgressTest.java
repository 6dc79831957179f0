package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mplp.server.TransferFlows.file;
import static org.mplp.server.TransferFlows.next;
import static org.mplp.server.TransferFlows.offer;
import static org.mplp.server.TransferFlows.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferProgress;

/**
 * A slow upload with a download reading behind it, as on a throttled link: every transfer-progress
 * frame either party is sent says no more went down than came up (spec: Progress and results).
 */
class ThrottledProgressTest {
  private static final int SIZE = 96 * 1024;
  private static final int CHUNK = 1821;

  @TempDir static Path temp;
  private static LiveServer live;

  @BeforeAll
  static void start() throws Exception {
    live = LiveServer.start(temp.resolve("data"), TransfersFlowTest.LIMITS);
  }

  @AfterAll
  static void stop() {
    live.close();
  }

  @Test
  void noProgressFrameSaysMoreWasDownloadedThanUploaded() throws Exception {
    live.createAccount("throttled", "throttled password");
    LiveServer.Device pc = live.register("throttled", "throttled password", "PC", "pc");
    LiveServer.Device mp = live.register("throttled", "throttled password", "MP", "phone");
    Transfer direct = transfer(offer(pc, mp.address(), Permission.DIRECT, null, file("a", SIZE)));
    Transfer toPhone = next(mp, Transfer.class);
    URI url = live.server.httpBase().resolve("/transfers/" + direct.transferId() + "/0");
    HttpClient http = HttpClient.newHttpClient();
    CompletableFuture<HttpResponse<byte[]>> download =
        http.sendAsync(
            HttpRequest.newBuilder(url)
                .header("Authorization", "Bearer " + toPhone.files().get(0).token())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<Void> upload =
        http.send(
            HttpRequest.newBuilder(url)
                .header("Authorization", "Bearer " + direct.files().get(0).token())
                .PUT(HttpRequest.BodyPublishers.ofInputStream(Trickle::new))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(upload.statusCode()).isEqualTo(204);
    assertThat(download.get().body()).hasSize(SIZE);
    for (LiveServer.Device party : List.of(pc, mp)) {
      List<TransferProgress> frames = new ArrayList<>();
      TransferProgress last = null;
      while (last == null || last.downloaded() < SIZE) {
        Frame frame = next(party);
        if (frame instanceof TransferProgress progress) {
          frames.add(progress);
          last = progress;
        }
      }
      assertThat(frames)
          .as("the progress frames sent to %s", party.address())
          .allSatisfy(p -> assertThat(p.downloaded()).isLessThanOrEqualTo(p.uploaded()));
    }
  }

  /** The file's bytes in small reads with a pause before each: about 180 KB a second. */
  private static final class Trickle extends InputStream {
    private int left = SIZE;

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (left == 0) {
        return -1;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(new IOException("interrupted"));
      }
      int n = Math.min(Math.min(length, CHUNK), left);
      for (int i = 0; i < n; i++) {
        into[offset + i] = (byte) (SIZE - left + i);
      }
      left -= n;
      return n;
    }
  }
}
