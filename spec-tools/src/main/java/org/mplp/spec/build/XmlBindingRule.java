package org.mplp.spec.build;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;

/**
 * The rule that carries a frame's JSON form into XML (spec: Bindings, XML binding): one element
 * named by the type, {@code id} and {@code replyTo} as attributes, every other member a child
 * element in schema order, an array as one element per item named by the member's singular.
 */
final class XmlBindingRule {

  static final String NAMESPACE = "urn:mplp:1";

  /** The members that are attributes of a frame's element; every other member is an element. */
  static final Set<String> ATTRIBUTES = Set.of("id", "replyTo");

  /** The member that names a frame's type: the element's local name, never a child. */
  static final String TYPE_MEMBER = "type";

  private XmlBindingRule() {}

  /**
   * The name of each item element of an array member: the member's name without its final "s". A
   * member that does not end in "s" has no such name, and the build stops.
   */
  static String singular(String where, String member) {
    if (member.length() < 2 || !member.endsWith("s")) {
      throw new IllegalArgumentException(
          where
              + ": array member '"
              + member
              + "' does not end in 's', so the XML binding has no name for its items;"
              + " rename it to a plural that does");
    }
    return member.substring(0, member.length() - 1);
  }

  /**
   * An optional array must hold at least one item: in XML, an array without items and an absent
   * array are both no elements at all.
   */
  static void checkOptionalArray(String where, String member, JsonNode array) {
    if (array.path("minItems").asInt(0) < 1) {
      throw new IllegalArgumentException(
          where
              + ": optional array member '"
              + member
              + "' allows zero items, which the XML binding cannot tell from an absent member;"
              + " give it \"minItems\": 1 or make it required");
    }
  }

  /** The XSD type name of a shared definition: {@code frameId} gives {@code FrameId}. */
  static String typeName(String definition) {
    StringBuilder name = new StringBuilder();
    boolean upper = true;
    for (char c : definition.toCharArray()) {
      if (c == '-' || c == '_' || c == '.') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  /** The name JAXB gives a frame element's class, before its suffix, to spot a clash. */
  static String className(String frameType) {
    return typeName(frameType.toLowerCase(Locale.ROOT));
  }
}
