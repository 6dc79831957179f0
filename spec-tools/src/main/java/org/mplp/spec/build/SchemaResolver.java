package org.mplp.spec.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads JSON Schemas from one folder and resolves {@code $ref}s, local or into sibling files. */
final class SchemaResolver {

  /** A schema node with the file it came from, against which its own {@code $ref}s resolve. */
  record Located(JsonNode node, Path file) {}

  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<Path, JsonNode> files = new HashMap<>();

  JsonNode read(Path file) {
    return files.computeIfAbsent(
        file.toAbsolutePath().normalize(),
        path -> {
          try {
            return mapper.readTree(Files.readString(path));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + path, e);
          }
        });
  }

  /**
   * The node with its {@code $ref} (if any) replaced by the target, keywords written beside the
   * {@code $ref} winning over the target's (a description that refines a shared definition).
   */
  Located resolve(JsonNode node, Path file) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return new Located(node, file);
    }
    String[] parts = ref.asText().split("#", 2);
    Path targetFile = parts[0].isEmpty() ? file : file.resolveSibling(parts[0]);
    String pointer = parts.length > 1 ? parts[1] : "";
    JsonNode target = read(targetFile).at(pointer);
    if (target.isMissingNode()) {
      throw new IllegalArgumentException(
          "unresolved $ref " + ref.asText() + " in " + file.getFileName());
    }
    Located resolved = resolve(target, targetFile);
    ObjectNode merged = ((ObjectNode) resolved.node()).deepCopy();
    node.fields()
        .forEachRemaining(
            field -> {
              if (!field.getKey().equals("$ref")) {
                merged.set(field.getKey(), field.getValue());
              }
            });
    return new Located(merged, resolved.file());
  }

  String json(JsonNode value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
