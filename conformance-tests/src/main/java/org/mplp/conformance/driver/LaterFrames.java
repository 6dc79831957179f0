package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Frames as a client of a later 1.x version may send them (spec: How version 1 grows): every member
 * this version defines, and members it does not define, at every depth of the frame. In JSON each
 * object gains a member; in XML the root gains an attribute, and the root and every element that
 * holds elements gain an element, last among their children.
 */
public final class LaterFrames implements FrameWriter {
  /** The name of the members no 1.0 schema defines. */
  public static final String MEMBER = "laterMember";

  private static final String VALUE = "from a later minor version";

  private final FrameWriter base;

  private LaterFrames(FrameWriter base) {
    this.base = base;
  }

  /** A writer that writes what {@code base} writes, with members of a later version added. */
  public static FrameWriter over(FrameWriter base) {
    return new LaterFrames(base);
  }

  @Override
  public Binding binding() {
    return base.binding();
  }

  @Override
  public int paddingAt(String text) {
    return base.paddingAt(text);
  }

  @Override
  public String write(ObjectNode frame) {
    if (binding() == Binding.JSON) {
      ObjectNode later = frame.deepCopy();
      addTo(later);
      later.putObject(MEMBER + "Object").put("note", VALUE).putArray("items").add(1).add(2);
      return base.write(later);
    }
    return xml(base.write(frame));
  }

  private static void addTo(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.forEach(LaterFrames::addTo);
      object.put(MEMBER, VALUE);
    } else if (node.isArray()) {
      node.forEach(LaterFrames::addTo);
    }
  }

  private static String xml(String text) {
    try {
      Document document = SecureXml.parse(text);
      Element root = document.getDocumentElement();
      root.setAttribute(MEMBER, VALUE);
      addTo(root);
      StringWriter out = new StringWriter();
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toString();
    } catch (SAXException | TransformerException e) {
      throw new IllegalStateException("could not add members of a later version to " + text, e);
    }
  }

  /** The root, and every element that holds elements, gains one element of a later version. */
  private static void addTo(Element element) {
    boolean holdsElements = element.getParentNode() instanceof Document;
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        holdsElements = true;
        addTo(child);
      }
    }
    if (holdsElements) {
      Element later = element.getOwnerDocument().createElementNS(XmlFrameWriter.NAMESPACE, MEMBER);
      later.setTextContent(VALUE);
      element.appendChild(later);
    }
  }
}
