package org.mplp.spec.build;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The frame schemas of a folder, and the members of an object schema in the order listed. */
final class SchemaFiles {

  /** A frame type and its schema: a schema whose {@code type} member is a constant. */
  record Frame(String type, Path file) {}

  /** One member of an object schema, as written (a {@code $ref} not yet resolved). */
  record Member(String name, JsonNode node, boolean required) {}

  private SchemaFiles() {}

  /** The frame schemas of the folder, sorted by file name. */
  static List<Frame> frames(SchemaResolver resolver, Path jsonDir) throws IOException {
    List<Frame> frames = new ArrayList<>();
    try (Stream<Path> files = Files.list(jsonDir)) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().endsWith(FieldTableWriter.SUFFIX))
              .sorted()
              .toList()) {
        JsonNode type = resolver.read(file).path("properties").path("type").path("const");
        if (!type.isTextual()) {
          continue; // common definitions, or a document of the HTTP side such as discovery
        }
        String named = file.getFileName().toString().replace(FieldTableWriter.SUFFIX, "");
        if (!named.equals(type.asText())) {
          throw new IllegalArgumentException(
              file.getFileName()
                  + ": the schema of frame type '"
                  + type.asText()
                  + "' is named "
                  + named);
        }
        frames.add(new Frame(type.asText(), file));
      }
    }
    return frames;
  }

  /** The members of an object schema in the order its {@code properties} lists them. */
  static List<Member> members(JsonNode object) {
    Set<String> required = required(object);
    List<Member> members = new ArrayList<>();
    object
        .path("properties")
        .fields()
        .forEachRemaining(
            field ->
                members.add(
                    new Member(
                        field.getKey(), field.getValue(), required.contains(field.getKey()))));
    return members;
  }

  static Set<String> required(JsonNode object) {
    Set<String> required = new HashSet<>();
    object.path("required").forEach(name -> required.add(name.asText()));
    return required;
  }
}
