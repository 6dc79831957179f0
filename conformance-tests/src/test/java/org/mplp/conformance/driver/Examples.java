package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The spec's example frames, from the contract jar: each name has a .json and a .xml file. */
final class Examples {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Examples() {}

  /** The names ("offer.direct") of the examples of frames of these types, in both bindings. */
  static List<String> of(Set<String> types) {
    List<String> files = SpecResources.list(SpecResources.EXAMPLES);
    return files.stream()
        .filter(f -> f.endsWith(".json"))
        .map(f -> f.substring(0, f.length() - ".json".length()))
        .filter(name -> files.contains(name + ".xml"))
        .filter(name -> types.contains(json(name).path("type").asText()))
        .toList();
  }

  static String text(String file) {
    return new String(SpecResources.read(SpecResources.EXAMPLES + file), StandardCharsets.UTF_8);
  }

  static ObjectNode json(String name) {
    try {
      return (ObjectNode) JSON.readTree(text(name + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String xml(String name) {
    return text(name + ".xml");
  }

  /** The document without the whitespace between elements, which the binding does not count. */
  static Document canonical(String xml) throws SAXException {
    Document document = SecureXml.parse(xml);
    dropWhitespace(document.getDocumentElement());
    document.normalizeDocument();
    return document;
  }

  private static void dropWhitespace(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNextSibling();
      if (child.getNodeType() == Node.TEXT_NODE
          && child.getTextContent().isBlank()
          && (child.getPreviousSibling() != null || child.getNextSibling() != null)) {
        node.removeChild(child);
      } else {
        dropWhitespace(child);
      }
      child = next;
    }
  }
}
