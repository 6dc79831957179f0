package org.mplp.spec.build;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The simple types of the XSD: strings with their pattern and lengths, enumerations, integer
 * ranges, unions for anyOf, and the names of the shared definitions members refer to.
 */
final class XsdSimpleTypes {

  private final SchemaResolver resolver;
  private final Path common;
  private final XmlText xsd;

  XsdSimpleTypes(SchemaResolver resolver, Path common, XmlText xsd) {
    this.resolver = resolver;
    this.common = common;
    this.xsd = xsd;
  }

  /** The named type of a member that only refers to a shared definition (and describes it). */
  String namedTypeOf(String where, JsonNode raw, Path file) {
    JsonNode ref = raw.get("$ref");
    if (ref == null) {
      return null;
    }
    raw.fieldNames()
        .forEachRemaining(
            key -> {
              if (!key.equals("$ref") && !key.equals("description")) {
                throw new IllegalArgumentException(
                    where + ": a $ref may stand beside a description only, not " + key);
              }
            });
    String[] parts = ref.asText().split("#", 2);
    Path target = parts[0].isEmpty() ? file : file.resolveSibling(parts[0]);
    String prefix = "/$defs/";
    if (target.toAbsolutePath().normalize().equals(common)
        && parts.length > 1
        && parts[1].startsWith(prefix)
        && parts[1].indexOf('/', prefix.length()) < 0) {
      return XmlBindingRule.typeName(parts[1].substring(prefix.length()));
    }
    return null;
  }

  /** A plain boolean or string maps to a built-in type; anything with constraints does not. */
  static String builtInTypeOf(JsonNode node) {
    String type = node.path("type").asText();
    Set<String> keys = new HashSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    keys.remove("type");
    keys.remove("description");
    if (!keys.isEmpty()) {
      return null;
    }
    return switch (type) {
      case "boolean" -> "xs:boolean";
      case "string" -> "xs:string";
      default -> null;
    };
  }

  /** The restriction or union inside an xs:simpleType. */
  void simpleContent(String where, JsonNode node, Path file) {
    if (node.has("anyOf")) {
      union(where, node, file);
    } else if (node.has("const") || node.has("enum")) {
      xsd.open("xs:restriction base=\"xs:string\"");
      for (JsonNode value : node.has("const") ? List.of(node.get("const")) : iterable(node)) {
        if (!value.isTextual()) {
          throw new IllegalArgumentException(where + ": only string enumerations have an XSD form");
        }
        xsd.empty("xs:enumeration value=\"" + XmlText.escape(value.asText()) + "\"");
      }
      xsd.close("xs:restriction");
    } else {
      switch (node.path("type").asText()) {
        case "string" -> stringRestriction(where, node);
        case "integer" -> integerRestriction(where, node);
        case "boolean" -> xsd.empty("xs:restriction base=\"xs:boolean\"");
        default ->
            throw new IllegalArgumentException(
                where + ": no XSD form for a member of type '" + node.path("type").asText() + "'");
      }
    }
  }

  private static List<JsonNode> iterable(JsonNode node) {
    List<JsonNode> values = new ArrayList<>();
    node.get("enum").forEach(values::add);
    return values;
  }

  private void union(String where, JsonNode node, Path file) {
    List<String> memberTypes = new ArrayList<>();
    List<SchemaResolver.Located> inline = new ArrayList<>();
    for (JsonNode alternative : node.get("anyOf")) {
      String named = namedTypeOf(where, alternative, file);
      SchemaResolver.Located located = resolver.resolve(alternative, file);
      if (isObject(located.node()) || located.node().has("items")) {
        throw new IllegalArgumentException(where + ": anyOf of objects or arrays has no XSD form");
      }
      if (named != null) {
        memberTypes.add("m:" + named);
      } else {
        inline.add(located);
      }
    }
    String start = "xs:union";
    if (!memberTypes.isEmpty()) {
      start += " memberTypes=\"" + String.join(" ", memberTypes) + "\"";
    }
    if (inline.isEmpty()) {
      xsd.empty(start);
      return;
    }
    xsd.open(start);
    for (SchemaResolver.Located alternative : inline) {
      xsd.open("xs:simpleType");
      simpleContent(where, alternative.node(), alternative.file());
      xsd.close("xs:simpleType");
    }
    xsd.close("xs:union");
  }

  private void stringRestriction(String where, JsonNode node) {
    List<String> facets = new ArrayList<>();
    if (node.has("pattern")) {
      String pattern = XsdPattern.of(where, node.get("pattern").asText());
      facets.add("xs:pattern value=\"" + XmlText.escape(pattern) + "\"");
    }
    if (node.has("minLength")) {
      facets.add("xs:minLength value=\"" + node.get("minLength").asLong() + "\"");
    }
    if (node.has("maxLength")) {
      facets.add("xs:maxLength value=\"" + node.get("maxLength").asLong() + "\"");
    }
    restriction("xs:string", facets);
  }

  /** xs:int when both bounds fit in 32 bits, else xs:long (a JSON integer past 2^63 is absurd). */
  private void integerRestriction(String where, JsonNode node) {
    List<String> facets = new ArrayList<>();
    Long min = bound(where, node, "minimum", "exclusiveMinimum", 1);
    Long max = bound(where, node, "maximum", "exclusiveMaximum", -1);
    if (min != null) {
      facets.add("xs:minInclusive value=\"" + min + "\"");
    }
    if (max != null) {
      facets.add("xs:maxInclusive value=\"" + max + "\"");
    }
    boolean fitsInt =
        min != null && max != null && min >= Integer.MIN_VALUE && max <= Integer.MAX_VALUE;
    restriction(fitsInt ? "xs:int" : "xs:long", facets);
  }

  private static Long bound(
      String where, JsonNode node, String inclusive, String exclusive, int step) {
    if (node.has(inclusive) && node.has(exclusive)) {
      throw new IllegalArgumentException(where + ": both " + inclusive + " and " + exclusive);
    }
    JsonNode value = node.has(inclusive) ? node.get(inclusive) : node.get(exclusive);
    if (value == null) {
      return null;
    }
    if (!value.canConvertToExactIntegral() || !value.canConvertToLong()) {
      throw new IllegalArgumentException(where + ": " + value + " is not a 64-bit integer bound");
    }
    return node.has(inclusive) ? value.asLong() : value.asLong() + step;
  }

  private void restriction(String base, List<String> facets) {
    if (facets.isEmpty()) {
      xsd.empty("xs:restriction base=\"" + base + "\"");
      return;
    }
    xsd.open("xs:restriction base=\"" + base + "\"");
    facets.forEach(xsd::empty);
    xsd.close("xs:restriction");
  }

  private static boolean isObject(JsonNode node) {
    return "object".equals(node.path("type").asText()) || node.has("properties");
  }
}
