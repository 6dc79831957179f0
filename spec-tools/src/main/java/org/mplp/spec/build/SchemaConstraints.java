package org.mplp.spec.build;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Describes a resolved schema node in words: its type, and its constraints as AsciiDoc. */
final class SchemaConstraints {

  private final SchemaResolver resolver;

  SchemaConstraints(SchemaResolver resolver) {
    this.resolver = resolver;
  }

  String type(JsonNode node, Path file) {
    if (node.has("type")) {
      JsonNode type = node.get("type");
      String name = type.isArray() ? joinTexts(type, " or ") : type.asText();
      if (name.equals("array") && node.has("items")) {
        SchemaResolver.Located items = resolver.resolve(node.get("items"), file);
        return "array of " + type(items.node(), items.file());
      }
      return name;
    }
    if (node.has("const")) {
      return jsonType(node.get("const"));
    }
    if (node.has("enum")) {
      Set<String> types = new LinkedHashSet<>();
      node.get("enum").forEach(value -> types.add(jsonType(value)));
      return String.join(" or ", types);
    }
    return "any";
  }

  /** The constraints, "; " between them; those on each item of an array come last. */
  String of(JsonNode node, Path file) {
    return String.join("; ", list(node, file));
  }

  private List<String> list(JsonNode node, Path file) {
    List<String> parts = new ArrayList<>();
    if (node.has("const")) {
      parts.add("always " + literal(resolver.json(node.get("const"))));
    }
    if (node.has("enum")) {
      List<String> values = new ArrayList<>();
      node.get("enum").forEach(value -> values.add(literal(resolver.json(value))));
      parts.add("one of " + String.join(", ", values));
    }
    if (node.has("pattern")) {
      parts.add("pattern " + literal(node.get("pattern").asText()));
    }
    if (node.has("format")) {
      parts.add("format " + node.get("format").asText());
    }
    range(node, "minLength", "maxLength", "character").ifPresent(parts::add);
    range(node, "minItems", "maxItems", "item").ifPresent(parts::add);
    number(node).ifPresent(parts::add);
    if (node.path("uniqueItems").asBoolean(false)) {
      parts.add("items unique");
    }
    if (node.has("items")) {
      SchemaResolver.Located items = resolver.resolve(node.get("items"), file);
      if (!items.node().has("properties")) {
        List<String> each = list(items.node(), items.file());
        if (!each.isEmpty()) {
          parts.add("each item: " + String.join(", ", each));
        }
      }
    }
    if (node.has("properties")
        && node.path("additionalProperties").isBoolean()
        && !node.get("additionalProperties").asBoolean()) {
      parts.add("no other members");
    }
    return parts;
  }

  private static Optional<String> range(JsonNode node, String minKey, String maxKey, String unit) {
    boolean hasMin = node.has(minKey);
    boolean hasMax = node.has(maxKey);
    long min = node.path(minKey).asLong();
    long max = node.path(maxKey).asLong();
    if (hasMin && hasMax) {
      return Optional.of(min + " to " + max + " " + unit + "s");
    } else if (hasMin) {
      return Optional.of("at least " + min + " " + plural(unit, min));
    } else if (hasMax) {
      return Optional.of("at most " + max + " " + plural(unit, max));
    }
    return Optional.empty();
  }

  private static Optional<String> number(JsonNode node) {
    List<String> bounds = new ArrayList<>();
    if (node.has("minimum")) {
      bounds.add("at least " + node.get("minimum").asText());
    }
    if (node.has("exclusiveMinimum")) {
      bounds.add("more than " + node.get("exclusiveMinimum").asText());
    }
    if (node.has("maximum")) {
      bounds.add("at most " + node.get("maximum").asText());
    }
    if (node.has("exclusiveMaximum")) {
      bounds.add("less than " + node.get("exclusiveMaximum").asText());
    }
    return bounds.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", bounds));
  }

  private static String plural(String unit, long count) {
    return count == 1 ? unit : unit + "s";
  }

  private static String jsonType(JsonNode value) {
    if (value.isTextual()) {
      return "string";
    } else if (value.isIntegralNumber()) {
      return "integer";
    } else if (value.isNumber()) {
      return "number";
    } else if (value.isBoolean()) {
      return "boolean";
    } else if (value.isArray()) {
      return "array";
    } else if (value.isObject()) {
      return "object";
    }
    return "null";
  }

  private static String joinTexts(JsonNode array, String separator) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return String.join(separator, texts);
  }

  /** Literal monospace: a passthrough keeps regex characters and braces from being substituted. */
  static String literal(String text) {
    return text.contains("+") ? "`++" + text + "++`" : "`+" + text + "+`";
  }
}
