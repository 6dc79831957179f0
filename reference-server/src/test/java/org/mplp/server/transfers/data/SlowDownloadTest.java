package org.mplp.server.transfers.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download read more slowly than one of its file regions can be written within the HTTP idle
 * timeout is not idle: the bytes keep moving, and the connection stays open until the last one. The
 * test server's idle timeout is two seconds (a margin for a busy machine), its send buffers are
 * small as on a slow link, and the client takes three seconds or more to read one 4 MiB region.
 */
class SlowDownloadTest {

  private static final int SIZE = 6 << 20;
  private static final int STEP = 64 << 10;

  @TempDir Path spool;

  @Test
  void aDownloadThatKeepsMovingIsNotCutByTheIdleTimeout() throws Exception {
    byte[] file = new byte[SIZE];
    new Random(12).nextBytes(file);
    CRC32C uploaded = new CRC32C();
    uploaded.update(file);
    try (DataTestServer server = new DataTestServer(spool, 2, STEP)) {
      server.transfers.accept(
          "t-slow", 0, SIZE, "up-token-slow-0000000001", "down-token-slow-000000001");
      assertThat(server.putWhole("/transfers/t-slow/0", "up-token-slow-0000000001", file))
          .isEqualTo(204);

      try (Socket socket = new Socket()) {
        socket.setReceiveBufferSize(STEP);
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
        OutputStream out = socket.getOutputStream();
        out.write(
            ("GET /transfers/t-slow/0 HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: Bearer down-token-slow-000000001\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        String head = readHead(in);
        assertThat(head).startsWith("HTTP/1.1 200");
        CRC32C downloaded = new CRC32C();
        long received = 0;
        byte[] buffer = new byte[STEP];
        while (received < SIZE) {
          // At most 1.3 MB/s: one 4 MiB region takes three seconds or more to leave the server.
          Thread.sleep(50);
          int n = in.read(buffer, 0, (int) Math.min(STEP, SIZE - received));
          if (n < 0) {
            break;
          }
          downloaded.update(buffer, 0, n);
          received += n;
        }
        assertThat(received).as("bytes before the connection ended").isEqualTo(SIZE);
        assertThat(downloaded.getValue()).isEqualTo(uploaded.getValue());
      }
    }
  }

  private static String readHead(InputStream in) throws java.io.IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int next = in.read();
      if (next < 0) {
        break;
      }
      head.append((char) next);
    }
    return head.toString();
  }
}
