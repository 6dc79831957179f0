package org.mplp.launcher.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mplp.client.cli.Cli;
import org.openqa.selenium.By;

/**
 * Offers between the web terminal and a CLI device (spec: Transfers, Receive permissions): some
 * files accepted, a rejection with a note, direct both ways, a folder, and a hostile file name.
 */
class WebOffersTest extends WithBrowserAndCli {

  @Test
  void someFilesAreAcceptedAndTheOthersDeclined() throws Exception {
    web.openChat(pc.address);
    CompletableFuture<Cli.Run> offer =
        pc.offer(
            webAddress,
            "ask",
            file("a.txt", "first".getBytes(StandardCharsets.UTF_8)),
            file("b.txt", "second".getBytes(StandardCharsets.UTF_8)));
    web.waitFor(".transfer.in[data-state='offered'] .accept-some");
    web.screenshot("incoming-offer");
    web.click(".transfer.in [data-index='0'] input[type=checkbox]");
    web.click(".transfer.in .accept-some");
    Cli.Run sent = offer.get(60, TimeUnit.SECONDS);
    assertThat(sent.exit()).as("%s", sent).isZero();
    JsonNode transfer = CliDevice.lastTransfer(sent);
    assertThat(transfer.get("state").asText()).isEqualTo("completed");
    assertThat(transfer.at("/files/0/state").asText()).isEqualTo("declined");
    assertThat(transfer.at("/files/1/state").asText()).isEqualTo("received");
  }

  @Test
  void aRejectionCarriesTheNoteToTheSender() throws Exception {
    web.openChat(pc.address);
    CompletableFuture<Cli.Run> offer =
        pc.offer(webAddress, "ask", file("film.mov", new byte[] {1, 2, 3}));
    web.waitFor(".transfer.in[data-state='offered'] .reject-note").sendKeys("Not on this laptop");
    web.click(".transfer.in .reject");
    Cli.Run sent = offer.get(60, TimeUnit.SECONDS);
    JsonNode transfer = CliDevice.lastTransfer(sent);
    assertThat(transfer.get("state").asText()).isEqualTo("rejected");
    assertThat(transfer.get("reason").asText()).isEqualTo("declined");
    assertThat(transfer.get("note").asText()).isEqualTo("Not on this laptop");
    web.waitFor(".transfer.in[data-state='rejected']");
  }

  @Test
  void directFromTheBrowserIsStoredByTheCliWithoutAPrompt() throws Exception {
    byte[] content = randomBytes(300_000, 3);
    web.openChat(pc.address);
    web.choosePermission("direct");
    web.offerFiles(file("direct.bin", content));
    web.waitFor(".transfer.out[data-state='accepted']");
    Path stored = pc.stateDir.resolve("received").resolve("direct.bin");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              Cli.Run run = pc.run("transfers");
              assertThat(run.exit()).as("CLI transfers: %s", run).isZero();
              return Files.exists(stored);
            });
    assertThat(Files.readAllBytes(stored)).isEqualTo(content);
    web.waitFor(".transfer.out[data-state='completed']");
  }

  @Test
  void directFromTheCliIsSavedByTheBrowserWithoutAQuestion() throws Exception {
    byte[] content = randomBytes(200_000, 4);
    CompletableFuture<Cli.Run> offer = pc.offer(webAddress, "direct", file("auto.bin", content));
    // No click: the browser downloads it once its SHA-256 is checked.
    assertThat(Files.readAllBytes(web.downloaded("auto.bin"))).isEqualTo(content);
    assertThat(CliDevice.lastTransfer(offer.get(60, TimeUnit.SECONDS)).get("state").asText())
        .isEqualTo("completed");
  }

  @Test
  void aFolderIsOfferedWithItsRelativePaths() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("trip").resolve("day 1"));
    Files.writeString(folder.resolve("notes.txt"), "beach");
    Files.writeString(temp.resolve("trip").resolve("plan.txt"), "sea");
    web.openChat(pc.address);
    web.driver.findElement(By.id("pick-folder")).sendKeys(temp.resolve("trip").toString());
    web.waitFor(".transfer.out[data-state='offered']");
    Path into = temp.resolve("pc-in");
    Cli.Run accept = pc.run("accept", pc.offerWaiting(), "--dir", into.toString());
    assertThat(accept.exit()).as("%s", accept).isZero();
    assertThat(Files.readString(into.resolve("trip/day 1/notes.txt"))).isEqualTo("beach");
    assertThat(Files.readString(into.resolve("trip/plan.txt"))).isEqualTo("sea");
  }

  @Test
  void aHostileFileNameIsShownAndSavedSafely() throws Exception {
    // U+202E turns the rest around on screen: "invoice\u202Efdp.exe" would show as invoiceexe.pdf.
    String hostile = "invoice\u202Efdp.exe";
    byte[] content = "MZ".getBytes(StandardCharsets.UTF_8);
    web.openChat(pc.address);
    CompletableFuture<Cli.Run> offer = pc.offer(webAddress, "ask", file(hostile, content));
    web.waitFor(".transfer.in[data-state='offered']");
    assertThat(web.driver.findElement(By.cssSelector(".transfer.in .file-name")).getText())
        .isEqualTo("invoicefdp.exe");
    web.click(".transfer.in .accept-all");
    web.click(".transfer.in .save");
    assertThat(Files.readAllBytes(web.downloaded("invoicefdp.exe"))).isEqualTo(content);
    assertThat(offer.get(60, TimeUnit.SECONDS).exit()).isZero();
  }

  @Test
  void aDirectTransferLandsInTheChosenFolderNeverOverAFile() throws Exception {
    // The folder picker is a native dialog no test can drive: a folder of the origin's private
    // file system stands in for the one the user chose, kept where the page keeps the choice.
    Object chosen =
        web.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + "(async () => {"
                + " const root = await navigator.storage.getDirectory();"
                + " const folder = await root.getDirectoryHandle('chosen', { create: true });"
                + " const old = await folder.getFileHandle('photo.jpg', { create: true });"
                + " const w = await old.createWritable(); await w.write('older'); await w.close();"
                + " const { store } = await import('/js/store.js');"
                + " await store.put('folder', folder); return folder.name; })()"
                + ".then(done, (e) => done('threw: ' + e));");
    assertThat(chosen).isEqualTo("chosen");
    byte[] content = randomBytes(100_000, 8);
    web.openChat(pc.address);
    CompletableFuture<Cli.Run> offer = pc.offer(webAddress, "direct", file("photo.jpg", content));
    web.waitForText(".transfer.in .saved", "saved: chosen/photo (1).jpg");
    assertThat(CliDevice.lastTransfer(offer.get(60, TimeUnit.SECONDS)).get("state").asText())
        .isEqualTo("completed");
    Object written =
        web.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + "(async () => {"
                + " const root = await navigator.storage.getDirectory();"
                + " const folder = await root.getDirectoryHandle('chosen');"
                + " const read = async (n) => new Uint8Array(await (await (await"
                + " folder.getFileHandle(n)).getFile()).arrayBuffer());"
                + " const older = new TextDecoder().decode(await read('photo.jpg'));"
                + " const bytes = await read('photo (1).jpg');"
                + " const hex = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256',"
                + " bytes)), (b) => b.toString(16).padStart(2, '0')).join('');"
                + " return [older, bytes.length, hex]; })()"
                + ".then(done, (e) => done('threw: ' + e));");
    assertThat(written).isEqualTo(List.of("older", 100_000L, sha256Hex(content)));
    assertThat(web.downloads).isEmptyDirectory();
  }

  @Test
  void filesDroppedOnTheChatAreOffered() throws Exception {
    web.openChat(pc.address);
    // What a drop from the desktop hands the page: a DataTransfer holding the files.
    web.script(
        "const data = new DataTransfer();"
            + "data.items.add(new File(['dropped on the chat'], 'dropped.txt',"
            + " { type: 'text/plain' }));"
            + "const chat = document.getElementById('chat');"
            + "chat.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true,"
            + " cancelable: true }));"
            + "chat.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true,"
            + " cancelable: true }));");
    web.waitFor(".transfer.out[data-state='offered']");
    Path into = temp.resolve("pc-in");
    Cli.Run accept = pc.run("accept", pc.offerWaiting(), "--dir", into.toString());
    assertThat(accept.exit()).as("%s", accept).isZero();
    assertThat(Files.readString(into.resolve("dropped.txt"))).isEqualTo("dropped on the chat");
  }
}
