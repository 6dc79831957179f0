package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Upgrades in the drafts that came before RFC 6455 (hixie-75, hixie-76, hybi-08) are refused with
 * 426 and the one version the server speaks (REQ-TRANSPORT-012, issue 18 item 2).
 */
class LegacyHandshakeTest {

  @TempDir static Path temp;
  private static MplpServer server;

  @BeforeAll
  static void start() throws Exception {
    server =
        MplpServer.start(ServerConfig.defaults().withPort(0).withDataDir(temp.resolve("data")));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static final String HIXIE_75 =
      "GET /mplp HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n"
          + "Origin: http://127.0.0.1\r\nWebSocket-Protocol: mplp.1.json\r\n\r\n";

  private static final String HIXIE_76 =
      "GET /mplp HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n"
          + "Origin: http://127.0.0.1\r\nSec-WebSocket-Protocol: mplp.1.json\r\n"
          + "Sec-WebSocket-Key1: 4 @1  46546xW%0l 1 5\r\n"
          + "Sec-WebSocket-Key2: 12998 5 Y3 1  .P00\r\n\r\n^n:ds[4U";

  private static String hybi(int version) {
    return "GET /mplp HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        + "Sec-WebSocket-Protocol: mplp.1.json\r\n"
        + "Sec-WebSocket-Version: "
        + version
        + "\r\n\r\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"hixie-75", "hixie-76", "hybi-07", "hybi-08", "hybi-99"})
  void aDraftHandshakeIsRefusedWith426AndVersion13(String draft) throws Exception {
    String request =
        switch (draft) {
          case "hixie-75" -> HIXIE_75;
          case "hixie-76" -> HIXIE_76;
          default -> hybi(Integer.parseInt(draft.substring(5)));
        };
    String response = RawHttp.exchange(server.boundPort(), request);
    assertThat(response).startsWith("HTTP/1.1 426 ");
    assertThat(response.toLowerCase()).contains("\r\nsec-websocket-version: 13\r\n");
  }
}
