package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XML binding, by its rule (spec: Bindings, XML binding): the root element is the frame type in
 * urn:mplp:1, {@code id} and {@code replyTo} are its attributes, every other member a child element
 * in the order its JSON Schema lists the members, an array one element per item named by the
 * member's singular, an object an element of its members. The order and shapes come from the
 * schemas through {@link FrameSchemas}; the kit's rule, never the spec's code.
 */
final class XmlFrameWriter implements FrameWriter {
  static final String NAMESPACE = "urn:mplp:1";
  private static final Set<String> ATTRIBUTES = Set.of("type", "id", "replyTo");
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

  private final FrameSchemas schemas = FrameSchemas.spec();

  @Override
  public Binding binding() {
    return Binding.XML;
  }

  @Override
  public String write(ObjectNode frame) {
    String type = frame.path("type").asText();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(text);
      boolean empty = frame.propertyStream().allMatch(m -> ATTRIBUTES.contains(m.getKey()));
      if (empty) {
        xml.writeEmptyElement(type);
      } else {
        xml.writeStartElement(type);
      }
      xml.writeDefaultNamespace(NAMESPACE);
      for (String attribute : new String[] {"id", "replyTo"}) {
        if (frame.hasNonNull(attribute)) {
          xml.writeAttribute(attribute, frame.get(attribute).asText());
        }
      }
      members(xml, type, schemas.frame(type), frame, ATTRIBUTES);
      xml.writeEndDocument(); // closes the root, also when it is an empty element
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the " + type + " as XML", e);
    }
    return text.toString();
  }

  /** Just after the root element's name, before its namespace declaration. */
  @Override
  public int paddingAt(String text) {
    return text.indexOf(' ');
  }

  private static void members(
      XMLStreamWriter xml, String where, Shape shape, JsonNode object, Set<String> skipped)
      throws XMLStreamException {
    for (Map.Entry<String, JsonNode> m : object.properties()) {
      if (!skipped.contains(m.getKey()) && !shape.members().containsKey(m.getKey())) {
        throw new IllegalArgumentException(
            "The schema of " + where + " has no member " + m.getKey() + " to place in XML");
      }
    }
    for (Map.Entry<String, Shape> member : shape.members().entrySet()) {
      String name = member.getKey();
      JsonNode value = object.get(name);
      if (skipped.contains(name) || value == null || value.isNull()) {
        continue;
      }
      if (value.isArray() != member.getValue().is(Shape.Kind.ARRAY)) {
        throw new IllegalArgumentException(
            "The member " + name + " of " + where + " is an array in one of tree and schema only");
      }
      if (value.isArray()) {
        for (JsonNode item : value) {
          element(xml, Shape.singular(name), member.getValue().items(), item);
        }
      } else {
        element(xml, name, member.getValue(), value);
      }
    }
  }

  private static void element(XMLStreamWriter xml, String name, Shape shape, JsonNode value)
      throws XMLStreamException {
    if (!value.isObject()) {
      xml.writeStartElement(name);
      xml.writeCharacters(value.asText());
    } else if (value.isEmpty()) {
      xml.writeEmptyElement(name);
      return;
    } else {
      xml.writeStartElement(name);
      members(xml, name, shape, value, Set.of());
    }
    xml.writeEndElement();
  }
}
