package org.mplp.spec.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the JSON Schema of a frame type defines, member by member, for a receiver that leaves aside
 * what it does not know (spec: How version 1 grows, REQ-OPEN-010). The schemas keep {@code
 * additionalProperties} false as the sender's contract; a receiver judges a frame by them once the
 * members they do not define are gone.
 */
final class KnownMembers {
  private static final String ROOT = "org/mplp/spec/json/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();

  /**
   * A value of a frame as its schema sees it: the schema node, resolved, and the file it is read
   * in. Every frame decoded walks these, so each is built once: a frame type's schema is kept, and
   * each schema keeps the schemas of its members and items as they are first asked for.
   */
  static final class Schema {
    private static final Map<String, Schema> FRAMES = new ConcurrentHashMap<>();

    private final String file;
    private final JsonNode node;
    private final Map<String, Schema> members = new ConcurrentHashMap<>();
    private volatile Schema items;

    private Schema(String file, JsonNode node) {
      this.file = file;
      this.node = node;
    }

    /** The schema of a frame type. */
    static Schema ofFrame(String type) {
      return FRAMES.computeIfAbsent(
          type, t -> resolve(t + ".schema.json", document(t + ".schema.json")));
    }

    /** The schema of the member {@code name} of this object, or null when it defines none. */
    Schema member(String name) {
      Schema known = members.get(name);
      if (known != null) {
        return known;
      }
      JsonNode defined = node.path("properties").get(name);
      // Only defined members are kept: names a sender made up are as many as it likes.
      return defined == null ? null : members.computeIfAbsent(name, n -> resolve(file, defined));
    }

    /** How many member schemas this one keeps: at most as many as it defines. */
    int keptMembers() {
      return members.size();
    }

    /** The member an XML element of this object stands for: its own name or an array's singular. */
    String memberOfElement(String element) {
      Schema own = member(element);
      if (own != null && !own.isArray()) {
        return element;
      }
      Schema items = member(element + "s");
      return items != null && items.isArray() ? element + "s" : null;
    }

    boolean isObject() {
      return node.has("properties");
    }

    boolean isArray() {
      return "array".equals(node.path("type").asText());
    }

    /** The schema of an array's items. */
    Schema items() {
      Schema known = items;
      if (known == null) {
        known = resolve(file, node.path("items"));
        items = known;
      }
      return known;
    }

    /** Follows {@code $ref}, and takes the first alternative that is an object or an array. */
    private static Schema resolve(String file, JsonNode node) {
      if (node.has("$ref")) {
        String ref = node.get("$ref").textValue();
        int hash = ref.indexOf('#');
        String target = hash < 0 ? ref : hash == 0 ? file : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        return resolve(target, document(target).at(pointer));
      }
      for (String alternatives : new String[] {"anyOf", "oneOf"}) {
        for (JsonNode alternative : node.path(alternatives)) {
          Schema a = resolve(file, alternative);
          if (a.isObject() || a.isArray()) {
            return a;
          }
        }
      }
      return new Schema(file, node);
    }
  }

  private KnownMembers() {}

  /** Removes from a JSON frame, at every depth, the members its schema does not define. */
  static void prune(String type, ObjectNode frame) {
    prune(Schema.ofFrame(type), frame);
  }

  private static void prune(Schema schema, JsonNode value) {
    if (schema.isObject() && value instanceof ObjectNode object) {
      object.properties().removeIf(member -> schema.member(member.getKey()) == null);
      object
          .properties()
          .forEach(member -> prune(schema.member(member.getKey()), member.getValue()));
    } else if (schema.isArray() && value.isArray()) {
      Schema items = schema.items();
      value.forEach(item -> prune(items, item));
    }
  }

  private static JsonNode document(String file) {
    return DOCUMENTS.computeIfAbsent(
        file,
        f -> {
          try (InputStream in = KnownMembers.class.getClassLoader().getResourceAsStream(ROOT + f)) {
            if (in == null) {
              throw new IllegalStateException("no JSON Schema " + ROOT + f + " on the class path");
            }
            return JSON.readTree(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
