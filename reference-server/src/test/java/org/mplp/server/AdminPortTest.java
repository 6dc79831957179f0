package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.ops.AdminFile;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.Send;

/**
 * The admin port: health and Prometheus metrics on loopback, and the operator's notices only with
 * the admin file's token (README, Operating the server).
 */
class AdminPortTest {

  @TempDir Path dataDir;

  private static HttpResponse<String> get(URI uri) throws Exception {
    return WsTestClient.HTTP.send(
        HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthAndMetricsTellWhatAnOperatorWatches() throws Exception {
    try (LiveServer live = LiveServer.start(dataDir, ServerConfig.DEFAULT_LIMITS)) {
      URI admin = live.server.adminBase().orElseThrow();
      assertThat(admin.getHost()).isEqualTo("127.0.0.1");
      assertThat(get(admin.resolve("/health/live")).statusCode()).isEqualTo(200);
      assertThat(get(admin.resolve("/health/ready")).statusCode()).isEqualTo(200);

      live.createAccount("watched", "pw");
      LiveServer.Device pc = live.register("watched", "pw", "PC", "pc");
      LiveServer.Device phone = live.register("watched", "pw", "MP", "phone");
      pc.ws().next(); // the phone's arrival
      pc.ws().send(pc.ws().encode(new Send("s1", "m1", phone.address(), null, "text/plain", "hi")));
      assertThat(pc.ws().next()).isInstanceOf(MessageAccepted.class);
      assertThat(phone.ws().next()).isInstanceOf(Message.class);

      HttpResponse<String> metrics = get(admin.resolve("/metrics"));
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
      assertThat(metrics.body())
          .contains("mplp_sessions 2.0")
          .contains("mplp_frames_sent_total{type=\"message\"} 1.0")
          .contains("mplp_store_queue ")
          .containsPattern("mplp_store_commit_seconds_count [1-9]")
          .contains("mplp_spool_bytes ")
          .containsPattern("mplp_connections [2-9]");
      pc.ws().abort();
      phone.ws().abort();
    }
  }

  @Test
  void theAdminFileIsTheOwnersAloneAndGoesWithTheServer() throws Exception {
    try (LiveServer live = LiveServer.start(dataDir, ServerConfig.DEFAULT_LIMITS)) {
      Path file = dataDir.resolve(AdminFile.NAME);
      assertThat(Files.getPosixFilePermissions(file))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      AdminFile admin = AdminFile.read(dataDir).orElseThrow();
      assertThat(admin.base()).isEqualTo(live.server.adminBase().orElseThrow());

      HttpResponse<String> forged =
          WsTestClient.HTTP.send(
              HttpRequest.newBuilder(admin.base().resolve("/accounts/someone/removed"))
                  .header("Authorization", "Bearer not-the-token")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(forged.statusCode()).isEqualTo(403);
    }
    assertThat(dataDir.resolve(AdminFile.NAME)).doesNotExist();
  }
}
