package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Maps an XML frame to the JSON tree of the same frame, by the binding rule read backwards (spec:
 * Bindings): the root's local name is {@code type}, attributes and child elements are members,
 * elements named by an array member's singular are its items, and each member takes the type its
 * JSON Schema gives it. A required array with no element is empty. Members no schema names are kept
 * as text, or as objects when they have elements, for the XSD check to judge.
 */
final class XmlTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final FrameSchemas schemas;

  XmlTree(FrameSchemas schemas) {
    this.schemas = schemas;
  }

  ObjectNode of(Element root) {
    ObjectNode frame = NODES.objectNode().put("type", root.getLocalName());
    NamedNodeMap attributes = root.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (a.getNamespaceURI() == null) {
        frame.put(a.getLocalName(), a.getValue());
      }
    }
    return members(root, schemas.frame(root.getLocalName()), frame);
  }

  private static ObjectNode members(Element element, Shape shape, ObjectNode into) {
    for (Map.Entry<String, Shape> m : shape.members().entrySet()) {
      if (m.getValue().is(Shape.Kind.ARRAY) && shape.required().contains(m.getKey())) {
        into.putArray(m.getKey());
      }
    }
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        String member = shape.memberOf(child.getLocalName());
        if (member == null) {
          into.set(child.getLocalName(), value(child, null));
        } else if (shape.members().get(member).is(Shape.Kind.ARRAY)) {
          into.withArray(member).add(value(child, shape.members().get(member).items()));
        } else {
          into.set(member, value(child, shape.members().get(member)));
        }
      }
    }
    return into;
  }

  /**
   * The element's value as its shape says; {@code shape} is null for an element no schema names.
   */
  private static JsonNode value(Element element, Shape shape) {
    boolean hasElements = false;
    for (Node n = element.getFirstChild(); n != null && !hasElements; n = n.getNextSibling()) {
      hasElements = n instanceof Element;
    }
    if (shape == null) {
      return hasElements ? members(element, Shape.UNKNOWN, NODES.objectNode()) : text(element);
    }
    String text = element.getTextContent();
    return switch (shape.kind()) {
      case OBJECT -> members(element, shape, NODES.objectNode());
      case INTEGER -> integer(text.strip(), element);
      case BOOLEAN -> bool(text.strip(), element);
      case TEXT, ARRAY -> text(element);
    };
  }

  /** As Jackson reads JSON: an int when it fits, else a long, so the two bindings compare equal. */
  private static JsonNode integer(String text, Element element) {
    if (!text.matches("-?[0-9]{1,18}")) {
      return text(element);
    }
    long value = Long.parseLong(text);
    return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
  }

  /** An xs:boolean: true, false, 1 or 0. */
  private static JsonNode bool(String text, Element element) {
    return switch (text) {
      case "true", "1" -> NODES.booleanNode(true);
      case "false", "0" -> NODES.booleanNode(false);
      default -> text(element);
    };
  }

  private static JsonNode text(Element element) {
    return NODES.textNode(element.getTextContent());
  }
}
