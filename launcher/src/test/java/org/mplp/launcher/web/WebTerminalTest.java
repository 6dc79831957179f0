package org.mplp.launcher.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mplp.client.cli.Cli;
import org.openqa.selenium.By;

/**
 * The web terminal as a device of the account beside a CLI device (spec: Login, Devices, Messages,
 * Transfers): messages and files both ways, the address kept across a reload, the "My devices"
 * group, and nothing loaded from anywhere but the server.
 */
class WebTerminalTest extends WithBrowserAndCli {
  @Test
  void theBrowserIsAWebDeviceOfTheAccount() {
    assertThat(webAddress).isEqualTo(account.name() + "-WEB-1");
    JsonNode devices = CliDevice.json(pc.run("devices", "--json").out());
    assertThat(devices.findValuesAsText("address")).contains(webAddress);
    assertThat(devices.findValuesAsText("type")).contains("WEB");
  }

  @Test
  void aMessageGoesBothWaysAndHtmlInItIsShownAsText() {
    String hostile =
        "<b>bold</b><img src=x onerror=\"document.title='pwned'\"> & <script>x()</script>";
    web.openChat(pc.address);
    pc.send(webAddress, hostile);
    web.waitForText(".message.in .text", "<b>bold</b>");
    assertThat(web.driver.findElement(By.cssSelector(".message.in .text")).getText())
        .isEqualTo(hostile);
    assertThat(
            web.driver.findElements(By.cssSelector(".messages img, .messages b, .messages script")))
        .as("no element made from the message's markup")
        .isEmpty();
    assertThat(web.driver.getTitle()).doesNotContain("pwned");

    web.say("Hello from the browser");
    List<JsonNode> received = pc.receive(1);
    assertThat(received).hasSize(1);
    assertThat(received.get(0).get("body").asText()).isEqualTo("Hello from the browser");
    assertThat(received.get(0).get("from").asText()).isEqualTo(webAddress);
    // The CLI acknowledged it: the receipt reaches the browser.
    web.waitFor(".message.out .receipt.delivered");
    web.screenshot("chat");
  }

  @Test
  void aMessageToAllDevicesGetsAReceiptFromEach() {
    CliDevice tv = CliDevice.login(server, account, "TV", "CLI TV", temp.resolve("tv"));
    web.waitFor("[data-peer='" + tv.address + "']");
    web.openChat("*");
    web.say("to everyone");
    assertThat(pc.receive(1).get(0).get("body").asText()).isEqualTo("to everyone");
    assertThat(tv.receive(1).get(0).get("body").asText()).isEqualTo("to everyone");
    web.waitFor(".receipt.delivered[data-to='" + pc.address + "']");
    web.waitFor(".receipt.delivered[data-to='" + tv.address + "']");
  }

  @Test
  void aFileGoesBothWaysAndItsHashIsChecked() throws Exception {
    byte[] fromCli = randomBytes(1_500_000, 1);
    Path report =
        Files.write(Files.createDirectories(temp.resolve("out")).resolve("report.bin"), fromCli);
    web.openChat(pc.address);
    CompletableFuture<Cli.Run> offer = pc.offer(webAddress, "ask", report);
    web.waitFor(".transfer.in[data-state='offered']");
    web.click(".transfer.in .accept-all");
    web.waitForText(".transfer.in .file-state", "received, SHA-256 checked");
    Cli.Run sent = offer.get(60, TimeUnit.SECONDS);
    assertThat(sent.exit()).as("%s", sent).isZero();
    assertThat(sent.out()).contains("completed").contains("received");
    web.click(".transfer.in .save");
    assertThat(Files.readAllBytes(web.downloaded("report.bin"))).isEqualTo(fromCli);

    byte[] fromWeb = randomBytes(1_000_000, 2);
    Path photo = Files.write(temp.resolve("out").resolve("photo.raw"), fromWeb);
    web.offerFiles(photo);
    web.waitFor(".transfer.out[data-state='offered']");
    Path into = temp.resolve("pc-received");
    Cli.Run accept = pc.run("accept", pc.offerWaiting(), "--dir", into.toString());
    assertThat(accept.exit()).as("%s", accept).isZero();
    assertThat(Files.readAllBytes(into.resolve("photo.raw"))).isEqualTo(fromWeb);
    web.waitForText(".transfer.out .file-state", "received, SHA-256 checked by them");
    web.waitFor(".transfer.out[data-state='completed']");
  }

  @Test
  void aReloadIsTheSameDeviceWithTheSameAddress() {
    web.driver.navigate().refresh();
    assertThat(web.address()).isEqualTo(webAddress);
    web.driver.navigate().refresh();
    assertThat(web.address()).isEqualTo(webAddress);
    JsonNode devices = CliDevice.json(pc.run("devices", "--json").out());
    assertThat(devices.findValuesAsText("type").stream().filter("WEB"::equals))
        .as("one WEB device, not one per reload")
        .hasSize(1);
  }

  @Test
  void theDevicesBecomeTheMyDevicesGroupPastThreeOthers() {
    CliDevice.login(server, account, "MP", "Phone", temp.resolve("mp"));
    CliDevice tv = CliDevice.login(server, account, "TV", "Living room", temp.resolve("tv"));
    web.waitFor("[data-peer='" + tv.address + "']");
    assertThat(web.driver.findElements(By.cssSelector("[data-group='my-devices']")))
        .as("three other devices: a plain list")
        .isEmpty();
    CliDevice pad = CliDevice.login(server, account, "PAD", "Tablet", temp.resolve("pad"));
    web.waitFor("[data-group='my-devices'] [data-peer='" + pad.address + "']");
    assertThat(web.driver.findElements(By.cssSelector("[data-group='my-devices'] .contact")))
        .hasSize(4);
    assertThat(
            web.driver.findElement(By.cssSelector("[data-group='my-devices'] summary")).getText())
        .isEqualTo("My devices (4)");
    web.screenshot("contacts-group");
  }

  @Test
  void thePageLoadsNothingFromAnotherOrigin() {
    web.openChat(pc.address);
    web.click("#settings-button");
    web.waitFor("#this-device");
    web.driver.navigate().refresh();
    web.address();
    String http = httpBase(server).toString();
    String ws = server.controlUri().toString();
    List<String> urls = web.requestedUrls();
    assertThat(urls).anyMatch(u -> u.equals(ws)).anyMatch(u -> u.endsWith("/js/main.js"));
    assertThat(urls).allMatch(u -> u.startsWith(http) || u.equals(ws), "only the server's origin");
  }
}
