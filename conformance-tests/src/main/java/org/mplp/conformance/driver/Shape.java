package org.mplp.conformance.driver;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a JSON Schema says of a value's form, as far as the XML binding needs it (spec: Bindings):
 * an object's members in the order the schema lists them, an array's items, a scalar's kind.
 */
record Shape(Kind kind, Map<String, Shape> members, Set<String> required, Shape items) {
  enum Kind {
    OBJECT,
    ARRAY,
    INTEGER,
    BOOLEAN,
    TEXT
  }

  static final Shape TEXT = scalar(Kind.TEXT);

  /** An object with no members: what the kit knows of a frame type no schema defines. */
  static final Shape UNKNOWN = object(new LinkedHashMap<>(), Set.of());

  static Shape scalar(Kind kind) {
    return new Shape(kind, Map.of(), Set.of(), null);
  }

  static Shape object(LinkedHashMap<String, Shape> members, Set<String> required) {
    return new Shape(Kind.OBJECT, members, Set.copyOf(required), null);
  }

  static Shape array(Shape items) {
    return new Shape(Kind.ARRAY, Map.of(), Set.of(), items);
  }

  boolean is(Kind k) {
    return kind == k;
  }

  /** The element name of one item of an array member: the member's name without its final s. */
  static String singular(String member) {
    if (!member.endsWith("s") || member.length() < 2) {
      throw new IllegalStateException(
          "The array member " + member + " does not end in s: the XML binding has no name for it");
    }
    return member.substring(0, member.length() - 1);
  }

  /** The member that an element of this object stands for: its own name, or an array's singular. */
  String memberOf(String element) {
    if (members.containsKey(element) && !members.get(element).is(Kind.ARRAY)) {
      return element;
    }
    for (Map.Entry<String, Shape> m : members.entrySet()) {
      if (m.getValue().is(Kind.ARRAY) && singular(m.getKey()).equals(element)) {
        return m.getKey();
      }
    }
    return null;
  }
}
