package org.mplp.launcher.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mplp.client.cli.Cli;

/**
 * Transfers of the web terminal across a dropped network (spec: Transfers > The data channel): the
 * browser reaches the server through a relay that cuts every connection mid-file, and the upload
 * goes on from the server's Upload-Offset, the download from a Range, with the hash checked.
 */
class WebResumeTest extends WithBrowserAndCli {
  private static DroppingProxy proxy;

  @BeforeAll
  static void startProxy() throws IOException {
    proxy = new DroppingProxy(httpBase(server).getPort());
  }

  @AfterAll
  static void stopProxy() throws IOException {
    proxy.close();
  }

  @AfterEach
  void calmTheNetwork() {
    proxy.limitDownstream(0);
    proxy.disarm();
  }

  @Override
  URI base() {
    return proxy.httpBase();
  }

  @Test
  void anUploadGoesOnFromTheServersOffsetAfterTheNetworkDrops() throws Exception {
    byte[] content = randomBytes(4_000_000, 5);
    proxy.cutUploadAfter(1_000_000);
    web.openChat(pc.address);
    web.offerFiles(file("big-upload.bin", content));
    web.waitFor(".transfer.out[data-state='offered']");
    Path into = temp.resolve("pc-in");
    Cli.Run accept = pc.run("accept", pc.offerWaiting(), "--dir", into.toString());
    assertThat(accept.exit()).as("%s", accept).isZero();
    assertThat(Files.readAllBytes(into.resolve("big-upload.bin"))).isEqualTo(content);
    assertThat(proxy.armed()).as("the network dropped during the upload").isFalse();
    List<String> seen = proxy.seen();
    assertThat(seen).anyMatch(line -> line.startsWith("HEAD /transfers/"));
    assertThat(seen)
        .as("a PUT that starts past 0, where the server said it stood")
        .anyMatch(line -> line.toLowerCase().matches("content-range: bytes [1-9][0-9]*-.*"));
    web.waitFor(".transfer.out[data-state='completed']");
    assertThat(web.address()).as("the same device after reconnecting").isEqualTo(webAddress);
  }

  @Test
  void aDownloadGoesOnFromARangeAfterTheNetworkDrops() throws Exception {
    byte[] content = randomBytes(4_000_000, 6);
    // At a pace the page reads as it comes, so that it holds bytes when the network goes.
    proxy.limitDownstream(1_000_000);
    proxy.cutDownloadAfter(1_500_000);
    web.openChat(pc.address);
    CompletableFuture<Cli.Run> offer =
        pc.offer(webAddress, "ask", file("big-download.bin", content));
    web.click(".transfer.in[data-state='offered'] .accept-all");
    JsonNode transfer = CliDevice.lastTransfer(offer.get(120, TimeUnit.SECONDS));
    assertThat(transfer.get("state").asText()).isEqualTo("completed");
    assertThat(proxy.armed()).as("the network dropped during the download").isFalse();
    assertThat(proxy.seen())
        .as("a GET for the rest of the file")
        .anyMatch(line -> line.toLowerCase().matches("range: bytes=[1-9][0-9]*-"));
    web.waitForText(".transfer.in .file-state", "received, SHA-256 checked");
    web.click(".transfer.in .save");
    assertThat(Files.readAllBytes(web.downloaded("big-download.bin"))).isEqualTo(content);
  }

  @Test
  void progressShowsSpeedAndTimeLeft() throws Exception {
    byte[] content = randomBytes(3_000_000, 7);
    proxy.limitDownstream(400_000);
    web.openChat(pc.address);
    CompletableFuture<Cli.Run> offer = pc.offer(webAddress, "ask", file("slow.bin", content));
    web.click(".transfer.in[data-state='offered'] .accept-all");
    web.waitForText(".transfer.in .progress-text", "left");
    web.screenshot("transfer-progress");
    proxy.limitDownstream(0);
    assertThat(CliDevice.lastTransfer(offer.get(120, TimeUnit.SECONDS)).get("state").asText())
        .isEqualTo("completed");
  }
}
