package org.mplp.conformance.driver;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** XML binding: a document in urn:mplp:1 whose root element names the frame. */
final class XmlFrameReader implements FrameReader {
  private static final String NAMESPACE = XmlFrameWriter.NAMESPACE;
  private final FrameSchemas schemas = FrameSchemas.spec();
  private final XmlTree tree = new XmlTree(schemas);

  @Override
  public ReceivedFrame read(String text) {
    Document document;
    try {
      document = SecureXml.parse(text);
    } catch (SAXException e) {
      String why = String.valueOf(e.getMessage());
      boolean trailing = why.contains("trailing") || why.contains("following the root element");
      return ReceivedFrame.unreadable(
          text,
          trailing
              ? new Violation(ONE_FRAME, "the message carries more than one XML document")
              : new Violation(VALID_FRAME, "the message is not well-formed XML: " + why));
    }
    Element root = document.getDocumentElement();
    String type = root.getLocalName();
    List<Violation> violations = new ArrayList<>();
    if (!NAMESPACE.equals(root.getNamespaceURI())) {
      violations.add(
          new Violation(VALID_FRAME, "the root element is not in namespace " + NAMESPACE));
    } else if (!schemas.isServerFrame(type)) {
      violations.add(new Violation(VALID_FRAME, "a server sent a frame of type " + type));
    } else {
      for (String problem : XmlSchema.validate(document)) {
        violations.add(new Violation(VALID_FRAME, type + " breaks the XSD: " + problem));
      }
    }
    return new ReceivedFrame(text, type, tree.of(root), List.copyOf(violations));
  }
}
