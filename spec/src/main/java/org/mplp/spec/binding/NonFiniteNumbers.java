package org.mplp.spec.binding;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
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
    Deque<String> path = new ArrayDeque<>();
    return find(node, path) ? Optional.of(String.join("", path)) : Optional.empty();
  }

  /**
   * Whether {@code node} holds a non-finite number; if so, {@code path} ends with the steps to it.
   * The steps are built while walking, but nearly every frame has no such number: a step is escaped
   * and kept only on the way back from one.
   */
  private static boolean find(JsonNode node, Deque<String> path) {
    if (node.isNumber()) {
      return node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue());
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (find(node.get(i), path)) {
          path.addFirst("/" + i);
          return true;
        }
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> members = node.properties().iterator();
      while (members.hasNext()) {
        Map.Entry<String, JsonNode> member = members.next();
        if (find(member.getValue(), path)) {
          path.addFirst("/" + member.getKey().replace("~", "~0").replace("/", "~1"));
          return true;
        }
      }
    }
    return false;
  }
}
