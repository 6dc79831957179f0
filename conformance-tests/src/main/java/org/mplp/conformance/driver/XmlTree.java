package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Maps an XML frame to the JSON shape of the same frame (contract: XML binding): the root's local
 * name becomes {@code type}, attributes and child elements become members, repeated singulars
 * become arrays. The mapping is the kit's own, from the binding rules, not the spec's code.
 */
final class XmlTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Array members per frame type: element name (singular) -> member name (plural). */
  private static final Map<String, Map<String, String>> ARRAYS =
      Map.of(
          "welcome", Map.of("profile", "profiles"),
          "hello", Map.of("version", "versions"),
          "login-ok", Map.of("device", "devices"),
          "device-list", Map.of("device", "devices"),
          "message-accepted", Map.of("recipient", "recipients"),
          "transfer", Map.of("file", "files"));

  private static final Set<String> INTEGERS =
      Set.of(
          "maxFrameBytes",
          "maxFramesPerSecond",
          "helloTimeoutSeconds",
          "maxDevicesPerAccount",
          "maxFramesBeforeLogin",
          "maxLoginFailures",
          "lockoutSeconds",
          "maxMessageBytes",
          "maxPendingMessages",
          "maxFileBytes",
          "maxFilesPerOffer",
          "maxOpenTransfers",
          "offerLifetimeSeconds",
          "transferLifetimeSeconds",
          "spoolQuotaBytes",
          "seq",
          "index",
          "size",
          "expiresIn",
          "uploaded",
          "downloaded");
  private static final Set<String> BOOLEANS = Set.of("fatal", "multiPoint", "removeDevice");

  private XmlTree() {}

  static ObjectNode of(Element root) {
    String type = root.getLocalName();
    ObjectNode frame = NODES.objectNode().put("type", type);
    Map<String, String> arrays = ARRAYS.getOrDefault(type, Map.of());
    arrays.values().forEach(frame::putArray);
    copyAttributes(root, frame);
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        String name = child.getLocalName();
        if (arrays.containsKey(name)) {
          ((ArrayNode) frame.get(arrays.get(name))).add(value(child));
        } else {
          frame.set(name, value(child));
        }
      }
    }
    return frame;
  }

  private static void copyAttributes(Element element, ObjectNode into) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (a.getNamespaceURI() == null) {
        into.put(a.getLocalName(), a.getValue());
      }
    }
  }

  private static JsonNode value(Element element) {
    ObjectNode members = NODES.objectNode();
    boolean hasChildren = false;
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        hasChildren = true;
        members.set(child.getLocalName(), value(child));
      }
    }
    if (hasChildren) {
      return members;
    }
    String text = element.getTextContent().trim();
    String name = element.getLocalName();
    if (INTEGERS.contains(name) && text.matches("-?[0-9]{1,18}")) {
      // As Jackson reads JSON: an int when it fits, else a long, so the two bindings compare equal.
      long value = Long.parseLong(text);
      return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }
    if (BOOLEANS.contains(name) && Set.of("true", "false", "1", "0").contains(text)) {
      return NODES.booleanNode(text.equals("true") || text.equals("1"));
    }
    return NODES.textNode(text);
  }
}
