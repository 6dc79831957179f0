package org.mplp.spec.binding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits between the parser and the XSD validator: checks the root names a frame type, reads its id,
 * and keeps the element path so a validation error can say where it is ({@code /hello/version[1]}).
 */
final class XmlFrameReader extends XMLFilterImpl implements ErrorHandler {
  /** Xerces names the member at fault in these messages; the keys are stable, the text is not. */
  private static final Pattern MISSING_ELEMENT =
      Pattern.compile("^cvc-complex-type\\.2\\.4\\.b:.*?\\{\"[^\"]*\":([A-Za-z]+)");

  private static final Pattern NAMED_ATTRIBUTE =
      Pattern.compile(
          "^cvc-(?:attribute\\.3|complex-type\\.4|complex-type\\.3\\.2\\.2):.*?'([A-Za-z]+)'");

  private final Deque<String> path = new ArrayDeque<>();
  private final Deque<Map<String, Integer>> siblingCounts = new ArrayDeque<>();
  private final List<String> violationPaths = new ArrayList<>();
  private final List<String> violationMessages = new ArrayList<>();
  private String rootName;
  private String rootId;

  boolean valid() {
    return violationPaths.isEmpty();
  }

  String rootName() {
    return rootName;
  }

  String rootId() {
    return rootId;
  }

  String firstViolationPath() {
    return violationPaths.isEmpty() ? null : violationPaths.get(0);
  }

  String firstViolationMessage() {
    return violationMessages.isEmpty() ? null : violationMessages.get(0);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    if (path.size() == FrameTypes.MAX_DEPTH) {
      // Each open element holds its path: without a bound, one frame of nested unknown elements
      // costs memory in the square of its length.
      throw new TooDeepException();
    }
    if (path.isEmpty()) {
      rootName = localName;
      rootId = FrameTypes.validIdOrNull(atts.getValue("", "id"));
      if (!XmlSchemas.NAMESPACE.equals(uri) || !FrameTypes.NAMES.contains(localName)) {
        throw new UnknownRootException(uri, localName);
      }
      path.push("/" + localName);
    } else {
      int index = siblingCounts.peek().merge(localName, 1, Integer::sum);
      path.push(path.peek() + "/" + localName + "[" + index + "]");
    }
    siblingCounts.push(new HashMap<>());
    super.startElement(uri, localName, qName, atts);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    super.endElement(uri, localName, qName);
    path.pop();
    siblingCounts.pop();
  }

  @Override
  public void error(SAXParseException e) {
    String here = path.isEmpty() ? "" : path.peek();
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher missing = MISSING_ELEMENT.matcher(message);
    Matcher attribute = NAMED_ATTRIBUTE.matcher(message);
    if (missing.find()) {
      here = here + "/" + missing.group(1);
    } else if (attribute.find()) {
      here = here + "/@" + attribute.group(1);
    }
    // A bad attribute value is reported twice, first without its name: keep the named one.
    if (!violationPaths.isEmpty() && here.startsWith(violationPaths.get(0) + "/@")) {
      violationPaths.set(0, here);
      return;
    }
    violationPaths.add(here);
    violationMessages.add(message);
  }

  @Override
  public void fatalError(SAXParseException e) throws SAXException {
    throw e;
  }

  @Override
  public void warning(SAXParseException e) {
    // Warnings do not make a frame invalid.
  }

  /** The frame nests deeper than {@link FrameTypes#MAX_DEPTH} elements. */
  static final class TooDeepException extends SAXException {
    private static final long serialVersionUID = 1L;

    TooDeepException() {
      super("the frame nests deeper than " + FrameTypes.MAX_DEPTH + " elements");
    }
  }

  /** The root element is not a frame of this version. */
  static final class UnknownRootException extends SAXException {
    private static final long serialVersionUID = 1L;

    UnknownRootException(String uri, String localName) {
      super("no frame type {" + uri + "}" + localName);
    }
  }
}
