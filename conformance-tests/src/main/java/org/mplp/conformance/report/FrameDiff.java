package org.mplp.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The members in which two frames differ, by JSON path: changed, missing or not expected. */
public final class FrameDiff {

  /**
   * One difference.
   *
   * @param path like {@code devices[1].presence}
   * @param expected the expected value, or null when the member was not expected
   * @param actual the value that arrived, or null when the member is missing
   */
  public record Difference(String path, JsonNode expected, JsonNode actual) {
    public String kind() {
      return expected == null ? "unexpected" : actual == null ? "missing" : "changed";
    }
  }

  private FrameDiff() {}

  public static List<Difference> between(JsonNode expected, JsonNode actual) {
    List<Difference> out = new ArrayList<>();
    compare("", expected, actual, out);
    return out;
  }

  private static void compare(String path, JsonNode e, JsonNode a, List<Difference> out) {
    if (e == null || e.isMissingNode()) {
      if (a != null && !a.isMissingNode()) {
        out.add(new Difference(path, null, a));
      }
    } else if (a == null || a.isMissingNode()) {
      out.add(new Difference(path, e, null));
    } else if (e.isObject() && a.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      e.fieldNames().forEachRemaining(names::add);
      a.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        compare(path.isEmpty() ? name : path + "." + name, e.get(name), a.get(name), out);
      }
    } else if (e.isArray() && a.isArray()) {
      Iterator<JsonNode> ei = e.elements();
      Iterator<JsonNode> ai = a.elements();
      for (int i = 0; ei.hasNext() || ai.hasNext(); i++) {
        compare(
            path + "[" + i + "]",
            ei.hasNext() ? ei.next() : null,
            ai.hasNext() ? ai.next() : null,
            out);
      }
    } else if (!e.equals(a)) {
      out.add(new Difference(path, e, a));
    }
  }
}
