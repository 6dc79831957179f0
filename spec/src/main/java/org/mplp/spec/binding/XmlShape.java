package org.mplp.spec.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What the XML binding's rule needs of a frame's JSON Schema: which members are arrays (their items
 * are named by the singular in XML) and whether each is required (an absent required array is an
 * empty one). Read from the schema, so a new frame needs no XML code (spec: Bindings).
 */
final class XmlShape {

  /** One member of an object; {@code item} is its XML item name when it is an array. */
  private record Member(String name, String item, boolean required, XmlShape inner) {}

  private static final Map<String, XmlShape> FRAMES = new ConcurrentHashMap<>();
  private static final Map<String, JsonNode> FILES = new ConcurrentHashMap<>();

  private final List<Member> members;

  private XmlShape(List<Member> members) {
    this.members = members;
  }

  /** The shape of a frame type, read from its schema once. */
  static XmlShape of(String frameType) {
    return FRAMES.computeIfAbsent(
        frameType,
        type -> {
          String file = type + ".schema.json";
          return read(file(file), file);
        });
  }

  /** Renames the JSON form's arrays to their XML item names, in place, nested objects too. */
  void toXmlNames(ObjectNode object) {
    for (Member member : members) {
      JsonNode value = object.get(member.name());
      if (value == null) {
        continue;
      }
      if (member.inner() != null) {
        forEachObject(value, member.inner()::toXmlNames);
      }
      if (member.item() != null) {
        object.remove(member.name());
        object.set(member.item(), value);
      }
    }
  }

  /**
   * Renames XML item names back to the JSON arrays, in place; a required array with no items in XML
   * becomes an empty array, an absent optional one stays absent.
   */
  void toJsonNames(ObjectNode object) {
    for (Member member : members) {
      String xmlName = member.item() == null ? member.name() : member.item();
      JsonNode value = object.get(xmlName);
      if (member.item() != null) {
        object.remove(xmlName);
        if (value == null || value.isNull()) {
          if (member.required()) {
            object.putArray(member.name());
          }
          continue;
        }
        object.set(member.name(), value);
      }
      if (value != null && member.inner() != null) {
        forEachObject(value, member.inner()::toJsonNames);
      }
    }
  }

  private static void forEachObject(JsonNode value, Consumer<ObjectNode> action) {
    if (value.isObject()) {
      action.accept((ObjectNode) value);
    } else if (value.isArray()) {
      value.forEach(
          item -> {
            if (item.isObject()) {
              action.accept((ObjectNode) item);
            }
          });
    }
  }

  private static XmlShape read(JsonNode object, String file) {
    Set<String> required = new HashSet<>();
    object.path("required").forEach(name -> required.add(name.asText()));
    List<Member> members = new ArrayList<>();
    object
        .path("properties")
        .fields()
        .forEachRemaining(
            field -> {
              Resolved member = resolve(field.getValue(), file);
              String item = null;
              Resolved inner = member;
              if ("array".equals(member.node().path("type").asText())) {
                String name = field.getKey();
                // The rule the spec build checks: the member's name without its final "s".
                item = name.substring(0, name.length() - 1);
                inner = resolve(member.node().path("items"), member.file());
              }
              XmlShape innerShape =
                  inner.node().has("properties") ? read(inner.node(), inner.file()) : null;
              members.add(
                  new Member(field.getKey(), item, required.contains(field.getKey()), innerShape));
            });
    return new XmlShape(List.copyOf(members));
  }

  /** A schema node and the file its own {@code $ref}s resolve against. */
  private record Resolved(JsonNode node, String file) {}

  private static Resolved resolve(JsonNode node, String file) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return new Resolved(node, file);
    }
    String[] parts = ref.asText().split("#", 2);
    String target = parts[0].isEmpty() ? file : parts[0];
    return resolve(file(target).at(parts.length > 1 ? parts[1] : ""), target);
  }

  private static JsonNode file(String name) {
    return FILES.computeIfAbsent(
        name,
        n -> {
          String path = JsonSchemas.ROOT.substring("classpath:".length()) + n;
          try (InputStream in = XmlShape.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
              throw new IllegalStateException("no schema " + path + " on the class path");
            }
            return JsonFrameCodec.MAPPER.readTree(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
