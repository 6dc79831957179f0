package org.mplp.conformance.driver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a text message a client sent, for the kit's client mode: one frame of a type a client sends
 * (from the schemas, {@link FrameSchemas#clientTypes}), valid against its schema in the
 * connection's binding; {@code body} is the frame as a JSON tree in both bindings.
 */
public final class ClientFrameReader {
  /** Every frame a client sends validates against its schema (spec: Transport). */
  public static final String VALID_CLIENT_FRAME = "REQ-TRANSPORT-101";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final Binding binding;
  private final FrameSchemas schemas = FrameSchemas.spec();
  private final XmlTree tree = new XmlTree(schemas);

  public ClientFrameReader(Binding binding) {
    this.binding = binding;
  }

  public ReceivedFrame read(String text) {
    return binding == Binding.JSON ? json(text) : xml(text);
  }

  private ReceivedFrame json(String text) {
    JsonNode frame;
    try {
      frame = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return ReceivedFrame.unreadable(
          text, violation("the message is not one JSON value: " + e.getOriginalMessage()));
    }
    if (frame == null || !frame.isObject() || !frame.path("type").isTextual()) {
      return ReceivedFrame.unreadable(text, violation("the message is not an object with a type"));
    }
    String type = frame.get("type").textValue();
    List<Violation> violations = new ArrayList<>();
    if (!schemas.clientTypes().contains(type)) {
      violations.add(violation("a client sent a frame of type " + type));
    } else {
      JsonSchemas.validate(type, frame)
          .forEach(p -> violations.add(violation(type + " breaks its schema at " + p)));
    }
    return new ReceivedFrame(text, type, frame, List.copyOf(violations));
  }

  private ReceivedFrame xml(String text) {
    Document document;
    try {
      document = SecureXml.parse(text);
    } catch (SAXException e) {
      return ReceivedFrame.unreadable(
          text, violation("the message is not one well-formed XML document: " + e.getMessage()));
    }
    Element root = document.getDocumentElement();
    String type = root.getLocalName();
    List<Violation> violations = new ArrayList<>();
    if (!XmlFrameWriter.NAMESPACE.equals(root.getNamespaceURI())) {
      violations.add(violation("the root element is not in " + XmlFrameWriter.NAMESPACE));
    } else if (!schemas.clientTypes().contains(type)) {
      violations.add(violation("a client sent a frame of type " + type));
    } else {
      XmlSchema.validate(document)
          .forEach(p -> violations.add(violation(type + " breaks the XSD: " + p)));
    }
    return new ReceivedFrame(text, type, tree.of(root), List.copyOf(violations));
  }

  private static Violation violation(String why) {
    return new Violation(VALID_CLIENT_FRAME, why);
  }
}
