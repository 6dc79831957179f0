package org.mplp.spec.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the requirement registry that the spec jar ships as org/mplp/spec/requirements.json. */
final class RegistryWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RegistryWriter() {}

  static void write(Path registry, List<Requirement> requirements) throws IOException {
    if (registry.getParent() != null) {
      Files.createDirectories(registry.getParent());
    }
    Files.writeString(registry, json(requirements));
  }

  static String json(List<Requirement> requirements) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode list = root.putArray("requirements");
    for (Requirement requirement : requirements) {
      ObjectNode entry = list.addObject();
      entry.put("id", requirement.id());
      entry.put("level", requirement.level().keyword());
      entry.put("party", requirement.party().wireName());
      entry.put("section", requirement.section());
      entry.put("text", requirement.text());
      ArrayNode embodiment = entry.putArray("embodiment");
      requirement.embodiment().forEach(embodiment::add);
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}
