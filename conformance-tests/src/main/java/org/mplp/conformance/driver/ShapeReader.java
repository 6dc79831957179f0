package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Reads the {@link Shape} of a value from its JSON Schema, following {@code $ref} across the spec's
 * schema files; fails with a sentence that names the file where a schema has a form the XML binding
 * cannot carry.
 */
final class ShapeReader {
  private final Map<String, JsonNode> documents;

  /** The schema documents by file name, as {@code $ref} names them. */
  ShapeReader(Map<String, JsonNode> documents) {
    this.documents = Map.copyOf(documents);
  }

  /** The shape of {@code node}, a part of the schema file {@code file}. */
  Shape shape(String file, JsonNode node) {
    if (node.has("$ref")) {
      String ref = node.get("$ref").textValue();
      int hash = ref.indexOf('#');
      String target = hash < 0 ? ref : hash == 0 ? file : ref.substring(0, hash);
      JsonNode document = documents.get(target);
      String pointer = hash < 0 ? "" : ref.substring(hash + 1);
      JsonNode resolved = document == null ? null : document.at(pointer);
      if (resolved == null || resolved.isMissingNode()) {
        throw broken(file, "refers to " + ref + ", which none of the schemas defines");
      }
      return shape(target, resolved);
    }
    JsonNode alternatives = node.has("anyOf") ? node.get("anyOf") : node.get("oneOf");
    if (alternatives != null) {
      Set<Shape> shapes = new HashSet<>();
      alternatives.forEach(a -> shapes.add(shape(file, a)));
      if (shapes.size() != 1) {
        throw broken(file, "has alternatives of different forms, which XML cannot tell apart");
      }
      return shapes.iterator().next();
    }
    if (node.has("const") || node.has("enum")) {
      List<JsonNode> values =
          node.has("enum") ? list(node.get("enum")) : List.of(node.get("const"));
      if (values.stream().allMatch(JsonNode::isTextual)) {
        return Shape.TEXT;
      }
    }
    return switch (node.path("type").asText("")) {
      case "object" -> object(file, node);
      case "array" -> Shape.array(shape(file, node.path("items")));
      case "integer" -> Shape.scalar(Shape.Kind.INTEGER);
      case "boolean" -> Shape.scalar(Shape.Kind.BOOLEAN);
      case "string" -> Shape.TEXT;
      default -> throw broken(file, "has a value of a form the kit cannot map to XML: " + node);
    };
  }

  private Shape object(String file, JsonNode node) {
    LinkedHashMap<String, Shape> members = new LinkedHashMap<>();
    Set<String> elements = new HashSet<>();
    for (Map.Entry<String, JsonNode> p : node.path("properties").properties()) {
      Shape member = shape(file, p.getValue());
      boolean array = member.is(Shape.Kind.ARRAY);
      if (array && !p.getKey().endsWith("s")) {
        throw broken(
            file,
            "has the array "
                + p.getKey()
                + ", which does not end in s: XML has no"
                + " singular to name its items");
      }
      String element = array ? Shape.singular(p.getKey()) : p.getKey();
      if (!elements.add(element)) {
        throw broken(file, "has two members that are both the XML element " + element);
      }
      members.put(p.getKey(), member);
    }
    Set<String> required = new HashSet<>();
    node.path("required").forEach(r -> required.add(r.textValue()));
    return Shape.object(members, required);
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  static IllegalStateException broken(String file, String why) {
    return new IllegalStateException("The spec's JSON Schema " + file + " " + why + ".");
  }
}
