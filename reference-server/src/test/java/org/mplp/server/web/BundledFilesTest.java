package org.mplp.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file of the web client's folder is served, with a media type, and nothing else is. */
class BundledFilesTest {

  @Test
  void everyFileInTheFolderIsServedUnderItsPath() throws IOException {
    Map<String, WebFile> served = BundledFiles.read();
    Path folder = Path.of("src/main/resources", BundledFiles.FOLDER);
    try (Stream<Path> files = Files.walk(folder)) {
      assertThat(served.keySet())
          .containsExactlyInAnyOrderElementsOf(
              files
                  .filter(Files::isRegularFile)
                  .map(f -> "/" + folder.relativize(f).toString().replace('\\', '/'))
                  .toList());
    }
    assertThat(served).containsKey(WebClient.INDEX);
  }

  @Test
  void noPageHoldsInlineScriptOrStyle() {
    for (var entry : BundledFiles.read().entrySet()) {
      if (entry.getKey().endsWith(".html")) {
        String page = new String(entry.getValue().body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).as(entry.getKey()).doesNotContain("<style").doesNotContain(" style=");
        assertThat(page.replaceAll("<script type=\"module\" src=\"[^\"]+\"></script>", ""))
            .as(entry.getKey())
            .doesNotContain("<script")
            .doesNotContainPattern(" on[a-z]+=");
      }
    }
  }

  @Test
  void mediaTypesAreKnownOnlyForTheClientsKindsOfFile() {
    assertThat(MediaTypes.of("a.js")).hasValue("text/javascript; charset=utf-8");
    assertThat(MediaTypes.of("a.class")).isEmpty();
    assertThat(MediaTypes.of("README")).isEmpty();
  }
}
