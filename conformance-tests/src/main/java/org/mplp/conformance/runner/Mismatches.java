package org.mplp.conformance.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mplp.conformance.report.Mismatch;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.ValueWrapper;

/**
 * The expected and the actual frame of a failed assertion: carried by the assertion itself when a
 * step compares frames, else the two JSON objects its sentence quotes, when it quotes exactly two.
 */
final class Mismatches {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Mismatches() {}

  static Mismatch of(Optional<Throwable> thrown) {
    if (thrown.isEmpty() || !(thrown.get() instanceof AssertionError failure)) {
      return null;
    }
    if (failure instanceof AssertionFailedError a && a.isExpectedDefined() && a.isActualDefined()) {
      JsonNode expected = tree(a.getExpected());
      JsonNode actual = tree(a.getActual());
      if (expected != null && actual != null) {
        return new Mismatch(expected, actual);
      }
    }
    List<JsonNode> quoted = quotedObjects(String.valueOf(failure.getMessage()));
    return quoted.size() == 2 ? new Mismatch(quoted.get(0), quoted.get(1)) : null;
  }

  private static JsonNode tree(ValueWrapper value) {
    if (value.getValue() instanceof JsonNode node) {
      return node;
    }
    try {
      JsonNode node = JSON.readTree(value.getStringRepresentation());
      return node != null && node.isObject() ? node : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** Every balanced {...} in the text that parses as a JSON object, in order. */
  static List<JsonNode> quotedObjects(String text) {
    List<JsonNode> objects = new ArrayList<>();
    int i = 0;
    while ((i = text.indexOf('{', i)) >= 0) {
      int end = closing(text, i);
      if (end < 0) {
        break;
      }
      try {
        JsonNode node = JSON.readTree(text.substring(i, end + 1));
        if (node.isObject()) {
          objects.add(node);
          i = end + 1;
          continue;
        }
      } catch (JsonProcessingException e) {
        // not JSON: look further on
      }
      i++;
    }
    return objects;
  }

  /** The index of the brace that closes the one at {@code open}, skipping strings; -1 if none. */
  private static int closing(String text, int open) {
    int depth = 0;
    boolean inString = false;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
