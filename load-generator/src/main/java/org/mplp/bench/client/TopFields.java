package org.mplp.bench.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The top-level scalar members of a JSON frame, plus {@code self.address} of login-ok; nested
 * arrays and objects are skipped. A streaming pass: cheaper than a tree when only the type and one
 * or two ids matter.
 */
public final class TopFields {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final Map<String, String> values = new HashMap<>(8);

  private TopFields() {}

  public static TopFields parse(String json) {
    TopFields fields = new TopFields();
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a JSON object: " + json);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_OBJECT && name.equals("self")) {
          readSelf(parser, fields);
        } else if (value.isStructStart()) {
          parser.skipChildren();
        } else {
          fields.values.put(name, parser.getText());
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
    return fields;
  }

  private static void readSelf(JsonParser parser, TopFields fields) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value.isStructStart()) {
        parser.skipChildren();
      } else if (name.equals("address")) {
        fields.values.put("self.address", parser.getText());
      }
    }
  }

  public String type() {
    return values.getOrDefault("type", "");
  }

  /** The member's text, or null when absent or not a scalar. */
  public String get(String name) {
    return values.get(name);
  }
}
