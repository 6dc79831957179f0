package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The spec's JSON Schemas (2020-12), loaded from the classpath once and shared. */
public final class JsonSchemas {
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private JsonSchemas() {}

  /** Validates against {@code <name>.schema.json}; returns one line per violation. */
  public static List<String> validate(String name, JsonNode instance) {
    JsonSchema schema = SCHEMAS.computeIfAbsent(name, JsonSchemas::load);
    return schema.validate(instance).stream().map(JsonSchemas::describe).sorted().toList();
  }

  private static JsonSchema load(String name) {
    String path = SpecResources.JSON_SCHEMAS + name + ".schema.json";
    SpecResources.url(path); // a clear message when the spec jar is missing
    return FACTORY.getSchema(SchemaLocation.of("classpath:" + path));
  }

  private static String describe(ValidationMessage m) {
    return m.getInstanceLocation() + ": " + m.getMessage();
  }
}
