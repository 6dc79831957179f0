package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the kit knows of frames, read from the spec's JSON Schemas alone (spec: Bindings): which
 * types a client sends (their schema has an {@code id}) and which a server sends (no {@code id}),
 * and the shape of every frame for the XML binding. A schema that breaks these rules stops the kit
 * at start-up with a sentence that names it.
 */
public final class FrameSchemas {
  private static final String SUFFIX = ".schema.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile FrameSchemas spec;

  private final ShapeReader shapes;
  private final Map<String, Shape> frames = new TreeMap<>();
  private final Set<String> clientTypes = new TreeSet<>();
  private final Set<String> serverTypes = new TreeSet<>();
  private final Set<String> unasked = new TreeSet<>();

  /** The schemas of the spec on the classpath, read once. */
  public static FrameSchemas spec() {
    FrameSchemas s = spec;
    if (s == null) {
      synchronized (FrameSchemas.class) {
        if (spec == null) {
          spec = of(load());
        }
        s = spec;
      }
    }
    return s;
  }

  /** The rules applied to these schema documents, by file name. */
  static FrameSchemas of(Map<String, JsonNode> documents) {
    return new FrameSchemas(documents);
  }

  private FrameSchemas(Map<String, JsonNode> documents) {
    this.shapes = new ShapeReader(documents);
    documents.forEach(this::add);
  }

  private void add(String file, JsonNode schema) {
    JsonNode type = schema.path("properties").path("type").path("const");
    if (!type.isTextual()) {
      return; // not a frame: common definitions, the discovery document, a provisioned account
    }
    if (!file.equals(type.textValue() + SUFFIX)) {
      throw broken(
          file, "defines the frame type " + type.textValue() + " but is not named after it");
    }
    Shape shape = shapes.shape(file, schema);
    boolean hasId = shape.members().containsKey("id");
    if (hasId && !shape.required().contains("id")) {
      throw broken(file, "has an id that is optional: a frame a client sends always has one");
    }
    if (hasId && shape.members().containsKey("replyTo")) {
      throw broken(file, "has both id and replyTo: a frame is either a client's or a server's");
    }
    frames.put(type.textValue(), shape);
    (hasId ? clientTypes : serverTypes).add(type.textValue());
    if (!hasId && !shape.required().contains("replyTo")) {
      unasked.add(type.textValue());
    }
  }

  /** The types of the frames a client sends: their schemas have an {@code id}. */
  public Set<String> clientTypes() {
    return Set.copyOf(clientTypes);
  }

  /** The types of the frames a server sends: their schemas have no {@code id}. */
  public Set<String> serverTypes() {
    return Set.copyOf(serverTypes);
  }

  public boolean isServerFrame(String type) {
    return serverTypes.contains(type);
  }

  /** A client frame whose schema requires nothing but its type and id: one tree fits every use. */
  public boolean isBareRequest(String type) {
    return clientTypes.contains(type) && Set.of("type", "id").containsAll(frame(type).required());
  }

  /** A server frame that may come without a {@code replyTo}: then it answers nothing. */
  public boolean mayComeUnasked(String type) {
    return unasked.contains(type);
  }

  /** The shape of a frame type; an object without members for a type no schema defines. */
  Shape frame(String type) {
    return frames.getOrDefault(type, Shape.UNKNOWN);
  }

  private static IllegalStateException broken(String file, String why) {
    return ShapeReader.broken(file, why);
  }

  private static Map<String, JsonNode> load() {
    Map<String, JsonNode> documents = new TreeMap<>();
    for (String file : SpecResources.list(SpecResources.JSON_SCHEMAS)) {
      if (file.endsWith(SUFFIX)) {
        try {
          documents.put(file, JSON.readTree(SpecResources.read(SpecResources.JSON_SCHEMAS + file)));
        } catch (IOException e) {
          throw new IllegalStateException("The spec's JSON Schema " + file + " is not JSON", e);
        }
      }
    }
    if (documents.isEmpty()) {
      throw new IllegalStateException(
          "No JSON Schema in " + SpecResources.JSON_SCHEMAS + " of the spec's contract jar");
    }
    return documents;
  }
}
