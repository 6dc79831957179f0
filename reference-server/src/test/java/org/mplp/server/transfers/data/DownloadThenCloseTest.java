package org.mplp.server.transfers.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download that asks for the connection to be closed after it (REQ-DATA-009) gets every byte
 * before the close, however far the server's writes run ahead of the client's reads. The file is
 * larger than the loopback socket buffers, so most of it still waits in the server when its last
 * byte is handed over; the client reads nothing for a while to make sure of it.
 */
class DownloadThenCloseTest {

  private static final int SIZE = 32 << 20;

  @TempDir Path spool;

  @Test
  void everyByteArrivesBeforeTheServerClosesTheConnection() throws Exception {
    byte[] file = new byte[SIZE];
    new Random(11).nextBytes(file);
    CRC32C uploaded = new CRC32C();
    uploaded.update(file);
    try (DataTestServer server = new DataTestServer(spool)) {
      server.transfers.accept(
          "t-close", 0, SIZE, "up-token-close-000000001", "down-token-close-00000001");
      assertThat(server.putWhole("/transfers/t-close/0", "up-token-close-000000001", file))
          .isEqualTo(204);

      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        OutputStream out = socket.getOutputStream();
        out.write(
            ("GET /transfers/t-close/0 HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: Bearer down-token-close-00000001\r\n"
                    + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread.sleep(500);
        InputStream in = socket.getInputStream();
        byte[] response = in.readAllBytes();
        String text = new String(response, 0, 200, StandardCharsets.US_ASCII);
        assertThat(text).startsWith("HTTP/1.1 200");
        int body = text.indexOf("\r\n\r\n") + 4;
        assertThat(response.length - body).as("body bytes before the close").isEqualTo(SIZE);
        CRC32C downloaded = new CRC32C();
        downloaded.update(response, body, SIZE);
        assertThat(downloaded.getValue()).isEqualTo(uploaded.getValue());
      }
    }
  }
}
