package org.mplp.spec.binding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes on to the XSD validator only what the frame's JSON Schema defines, by the XML binding's
 * rule (spec: Bindings, How version 1 grows): the root's {@code id} and {@code replyTo}, and the
 * elements of known members at every depth. Unknown elements, with all they hold, and unknown
 * attributes are left aside, wherever they stand.
 */
final class KnownElements extends XMLFilterImpl {
  private static final Set<String> ROOT_ATTRIBUTES = Set.of("id", "replyTo");

  private final Deque<KnownMembers.Schema> open = new ArrayDeque<>();
  private int skipped;

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    if (skipped > 0) {
      skipped++;
      return;
    }
    if (open.isEmpty()) {
      KnownMembers.Schema frame = KnownMembers.Schema.ofFrame(localName);
      open.push(frame);
      super.startElement(uri, localName, qName, rootAttributes(frame, atts));
      return;
    }
    KnownMembers.Schema parent = open.peek();
    String member =
        XmlSchemas.NAMESPACE.equals(uri) && parent.isObject()
            ? parent.memberOfElement(localName)
            : null;
    if (member == null) {
      skipped = 1;
      return;
    }
    KnownMembers.Schema schema = parent.member(member);
    open.push(schema.isArray() ? schema.items() : schema);
    super.startElement(uri, localName, qName, new AttributesImpl());
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (skipped > 0) {
      skipped--;
      return;
    }
    open.pop();
    super.endElement(uri, localName, qName);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipped == 0) {
      super.characters(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    if (skipped == 0) {
      super.ignorableWhitespace(ch, start, length);
    }
  }

  @Override
  public void processingInstruction(String target, String data) throws SAXException {
    if (skipped == 0) {
      super.processingInstruction(target, data);
    }
  }

  /** The root's attributes the frame's schema defines: id or replyTo, in no namespace. */
  private static Attributes rootAttributes(KnownMembers.Schema frame, Attributes atts) {
    AttributesImpl known = new AttributesImpl();
    for (int i = 0; i < atts.getLength(); i++) {
      String name = atts.getLocalName(i);
      if (atts.getURI(i).isEmpty()
          && ROOT_ATTRIBUTES.contains(name)
          && frame.member(name) != null) {
        known.addAttribute("", name, atts.getQName(i), atts.getType(i), atts.getValue(i));
      }
    }
    return known;
  }
}
