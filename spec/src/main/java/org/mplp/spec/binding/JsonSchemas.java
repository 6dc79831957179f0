package org.mplp.spec.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON Schemas shipped in this jar, loaded once each and shared (they are thread-safe). */
public final class JsonSchemas {
  static final String ROOT = "classpath:org/mplp/spec/json/";

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
  private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

  private JsonSchemas() {}

  /** The schema of a frame type, or of another document such as {@code discovery}. */
  public static JsonSchema forName(String name) {
    return LOADED.computeIfAbsent(
        name,
        n -> {
          JsonSchema schema =
              FACTORY.getSchema(SchemaLocation.of(ROOT + n + ".schema.json"), CONFIG);
          schema.initializeValidators(); // resolve $refs now, not on the first frame
          return schema;
        });
  }

  /**
   * The first violation of the named schema, as a pointer to the member and a sentence. A number
   * that overflowed to infinity fits no member of any schema and is a violation where it stands;
   * whatever else the validator cannot take is a violation of the document as a whole, never a
   * fault of the reader (spec: Errors, REQ-ERROR-006).
   */
  public static Optional<Violation> firstViolation(String name, JsonNode document) {
    Optional<String> overflow = NonFiniteNumbers.firstIn(document);
    if (overflow.isPresent()) {
      return Optional.of(
          new Violation(overflow.get(), "a number beyond the range of every frame member"));
    }
    Set<ValidationMessage> messages;
    try {
      messages = forName(name).validate(document);
    } catch (RuntimeException e) {
      return Optional.of(new Violation("", "the frame cannot be checked against its schema"));
    }
    return messages.stream().findFirst().map(Violation::of);
  }

  /** Where a document breaks its schema, and how. */
  public record Violation(String pointer, String message) {
    static Violation of(ValidationMessage m) {
      String pointer = m.getInstanceLocation().toString();
      // A missing or surplus member is reported on its parent object; point at the member.
      if (m.getProperty() != null
          && ("required".equals(m.getType()) || "additionalProperties".equals(m.getType()))) {
        pointer = pointer + "/" + m.getProperty().replace("~", "~0").replace("/", "~1");
      }
      return new Violation(pointer, m.getMessage());
    }
  }
}
