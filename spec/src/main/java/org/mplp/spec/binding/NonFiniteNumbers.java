package org.mplp.spec.binding;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Finds numbers that a JSON reader turned into infinity ({@code 1e99999}): no schema member takes
 * one, and a schema validator may fail on them instead of reporting them.
 */
final class NonFiniteNumbers {

  private NonFiniteNumbers() {}

  /** The JSON Pointer of the first non-finite number in document order, if any. */
  static Optional<String> firstIn(JsonNode node) {
    return find(node, "");
  }

  private static Optional<String> find(JsonNode node, String pointer) {
    if (node.isNumber()) {
      return node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())
          ? Optional.of(pointer)
          : Optional.empty();
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = find(node.get(i), pointer + "/" + i);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> members = node.properties().iterator();
      while (members.hasNext()) {
        Map.Entry<String, JsonNode> member = members.next();
        String name = member.getKey().replace("~", "~0").replace("/", "~1");
        Optional<String> found = find(member.getValue(), pointer + "/" + name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
