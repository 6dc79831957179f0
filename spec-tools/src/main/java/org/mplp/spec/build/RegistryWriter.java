package org.mplp.spec.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the requirement registry that the spec jar ships as org/mplp/spec/requirements.json. */
final class RegistryWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RegistryWriter() {}

  static void write(Path registry, List<Requirement> requirements, List<Choice> choices)
      throws IOException {
    if (registry.getParent() != null) {
      Files.createDirectories(registry.getParent());
    }
    Files.writeString(registry, json(requirements, choices));
  }

  static String json(List<Requirement> requirements) throws IOException {
    return json(requirements, List.of());
  }

  /**
   * Each requirement with the choices it leaves (an empty list for none), then every choice with
   * its status, its text and the requirements that name it.
   */
  static String json(List<Requirement> requirements, List<Choice> choices) throws IOException {
    Map<String, Choice> byId = new LinkedHashMap<>();
    choices.forEach(c -> byId.putIfAbsent(c.id(), c));
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode list = root.putArray("requirements");
    for (Requirement requirement : requirements) {
      ObjectNode entry = list.addObject();
      entry.put("id", requirement.id());
      entry.put("level", requirement.level().keyword());
      entry.put("section", requirement.section());
      entry.put("text", requirement.text());
      ArrayNode embodiment = entry.putArray("embodiment");
      requirement.embodiment().forEach(embodiment::add);
      if (requirement.choices() != null) {
        ArrayNode left = entry.putArray("choices");
        for (String id : requirement.choices()) {
          Choice choice = byId.get(id);
          ObjectNode c = left.addObject().put("id", id);
          if (choice != null) {
            c.put("status", choice.status().word()).put("text", choice.text());
          }
        }
      }
    }
    if (!choices.isEmpty()) {
      ArrayNode all = root.putArray("choices");
      for (Choice choice : byId.values()) {
        ObjectNode c = all.addObject();
        c.put("id", choice.id()).put("status", choice.status().word());
        c.put("section", choice.section()).put("text", choice.text());
        ArrayNode by = c.putArray("requirements");
        requirements.stream()
            .filter(r -> r.choices() != null && r.choices().contains(choice.id()))
            .forEach(r -> by.add(r.id()));
      }
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}
