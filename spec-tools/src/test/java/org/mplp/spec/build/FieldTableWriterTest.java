package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldTableWriterTest {

  private static final String COMMON =
      """
      {"$defs": {
        "frameId": {"description": "Sender-chosen id.", "type": "string", "pattern": "^[a-z]{1,8}$"},
        "limits": {"description": "Shared limits.", "type": "object",
          "properties": {"maxFrameBytes": {"description": "Largest frame.", "type": "integer", "minimum": 1024}},
          "required": ["maxFrameBytes"], "additionalProperties": false}
      }}
      """;

  private static final String GREETING =
      """
      {"type": "object",
       "properties": {
         "type": {"const": "greeting"},
         "replyTo": {"description": "The id answered.", "$ref": "common.schema.json#/$defs/frameId"},
         "id": {"$ref": "common.schema.json#/$defs/frameId"},
         "server": {"description": "The implementation.", "type": "object",
           "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 64}},
           "required": ["name"]},
         "bindings": {"type": "array", "minItems": 1,
           "items": {"type": "object", "properties": {
             "subprotocol": {"type": "string", "pattern": "^mplp\\\\.(json|xml)$"}}}},
         "limits": {"$ref": "common.schema.json#/$defs/limits"}
       },
       "required": ["type", "id", "server"]}
      """;

  @TempDir Path dir;

  @Test
  void tabulatesMembersResolvingRefsAndFlatteningObjects() throws IOException {
    Path json = dir.resolve("json");
    Files.createDirectories(json);
    Files.writeString(json.resolve("common.schema.json"), COMMON);
    Files.writeString(json.resolve("greeting.schema.json"), GREETING);

    List<BuildFault> faults = FieldTableWriter.writeAll(json, dir.resolve("fields"));

    assertThat(faults).isEmpty();
    assertThat(dir.resolve("fields")).isDirectoryContaining("glob:**/greeting.adoc");
    assertThat(dir.resolve("fields/common.adoc")).doesNotExist();
    String table = Files.readString(dir.resolve("fields/greeting.adoc"));
    assertThat(table)
        .startsWith("// Generated from greeting.schema.json")
        .contains("|Member |Type |Required |Constraints |Description")
        .contains("|type\n|string\n|yes\n|always `+\"greeting\"+`\n|\n")
        // The description written beside the $ref wins over the shared one...
        .contains("|replyTo\n|string\n|no\n|pattern `+^[a-z]{1,8}$+`\n|The id answered.\n")
        // ... and without one, the shared definition's description applies.
        .contains("|id\n|string\n|yes\n|pattern `+^[a-z]{1,8}$+`\n|Sender-chosen id.\n")
        .contains("|server\n|object\n|yes\n|\n|The implementation.\n")
        .contains("|server.name\n|string\n|yes\n|1 to 64 characters\n|\n")
        .contains("|bindings\n|array of object\n|no\n|at least 1 item\n")
        // A cell separator inside a pattern is escaped for the table.
        .contains("|bindings[].subprotocol\n|string\n|no\n|pattern `+^mplp\\.(json\\|xml)$+`\n")
        .contains("|limits\n|object\n|no\n|no other members\n|Shared limits.\n")
        .contains("|limits.maxFrameBytes\n|integer\n|yes\n|at least 1024\n|Largest frame.\n")
        .endsWith("|===\n");
  }

  @Test
  void reportsAnUnresolvedRef() throws IOException {
    Path json = dir.resolve("json");
    Files.createDirectories(json);
    Files.writeString(
        json.resolve("broken.schema.json"),
        "{\"properties\": {\"id\": {\"$ref\": \"common.schema.json#/$defs/nothing\"}}}");
    Files.writeString(json.resolve("common.schema.json"), COMMON);

    List<BuildFault> faults = FieldTableWriter.writeAll(json, dir.resolve("fields"));

    assertThat(faults)
        .singleElement()
        .satisfies(
            fault -> {
              assertThat(fault.where()).endsWith("broken.schema.json");
              assertThat(fault.message())
                  .contains("unresolved $ref common.schema.json#/$defs/nothing");
            });
  }

  @Test
  void tabulatesTheRealWelcomeSchema() throws IOException {
    Path real = Path.of("../spec/src/main/resources/org/mplp/spec/json");

    assertThat(FieldTableWriter.writeAll(real, dir)).isEmpty();

    assertThat(Files.readString(dir.resolve("welcome.adoc")))
        .contains("|server.version\n|string\n|yes\n|1 to 32 characters\n")
        .contains(
            "|limits.helloTimeoutSeconds\n|integer\n|yes\n|at least 1 and at most 2147483647\n");
    assertThat(Files.readString(dir.resolve("hello.adoc")))
        .contains(
            "|versions\n|array of string\n|yes\n|1 to 16 items; items unique; each item: pattern");
  }
}
