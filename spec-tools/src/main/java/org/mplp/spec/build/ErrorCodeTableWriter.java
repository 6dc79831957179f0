package org.mplp.spec.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the table of the error registry ({@code error-codes.json}) that the errors area includes.
 */
final class ErrorCodeTableWriter {

  static final String REGISTRY = "error-codes.json";
  static final String FILE = "error-codes.adoc";

  private ErrorCodeTableWriter() {}

  /** Writes {@code generated/error-codes.adoc} when the spec resources hold the registry. */
  static void writeIfPresent(Path specResources, Path generated) throws IOException {
    Path registry = specResources.resolve(REGISTRY);
    if (Files.isRegularFile(registry)) {
      Files.createDirectories(generated);
      Files.writeString(
          generated.resolve(FILE), table(new ObjectMapper().readTree(registry.toFile())));
    }
  }

  static String table(JsonNode registry) {
    StringBuilder adoc =
        new StringBuilder("// Generated from " + REGISTRY + " by the spec build; do not edit.\n");
    adoc.append("[cols=\"3m,1,1,8\",options=\"header\"]\n|===\n");
    adoc.append("|Code |Fatal |Close code |Meaning\n");
    for (JsonNode error : registry.path("errors")) {
      adoc.append("\n|")
          .append(error.path("code").asText())
          .append("\n|")
          .append(error.path("fatal").asBoolean() ? "yes" : "no")
          .append("\n|")
          .append(error.has("closeCode") ? error.get("closeCode").asText() : "")
          .append("\n|")
          .append(error.path("meaning").asText().replace("|", "\\|"))
          .append('\n');
    }
    return adoc.append("|===\n").toString();
  }
}
