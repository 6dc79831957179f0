package org.mplp.spec.binding;

import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Frame;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The XML binding: a frame is one element in namespace {@code urn:mplp:1} named by its type.
 * Decoding is one streaming pass: hardened parser, path tracking, XSD validation, JAXB; each thread
 * reuses its own of those ({@link XmlThreadParts}).
 */
public final class XmlFrameCodec implements FrameCodec {
  static final XmlFrameCodec INSTANCE = new XmlFrameCodec();

  private XmlFrameCodec() {}

  @Override
  public Binding binding() {
    return Binding.XML;
  }

  @Override
  public Frame decode(String text) throws FrameDecodeException {
    XmlThreadParts parts = XmlThreadParts.toRead(text.length());
    XmlFrameReader frameReader = new XmlFrameReader();
    parts.validator.setErrorHandler(frameReader);
    parts.validator.setContentHandler(parts.unmarshaller);
    frameReader.setParent(parts.parser);
    // A receiver leaves aside what the schema does not define, then judges the rest (REQ-OPEN-010).
    KnownElements known = new KnownElements();
    known.setContentHandler(parts.validator);
    frameReader.setContentHandler(known);
    frameReader.setErrorHandler(frameReader);
    boolean readToTheEnd = false;
    try {
      frameReader.parse(new InputSource(new StringReader(text)));
      readToTheEnd = true;
    } catch (XmlFrameReader.UnknownRootException e) {
      throw new FrameDecodeException(
          ErrorCode.UNKNOWN_TYPE,
          frameReader.rootId(),
          "/" + frameReader.rootName(),
          e.getMessage());
    } catch (XmlFrameReader.TooDeepException e) {
      throw new FrameDecodeException(
          ErrorCode.MALFORMED_FRAME, frameReader.rootId(), null, e.getMessage());
    } catch (SAXException e) {
      throw new FrameDecodeException(
          ErrorCode.MALFORMED_FRAME,
          frameReader.rootId(),
          null,
          "not well-formed XML: " + e.getMessage());
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    } finally {
      if (!readToTheEnd) {
        XmlThreadParts.dropOwn();
      }
    }
    if (!frameReader.valid()) {
      throw new FrameDecodeException(
          ErrorCode.SCHEMA_VIOLATION,
          frameReader.rootId(),
          frameReader.firstViolationPath(),
          frameReader.firstViolationMessage());
    }
    try {
      return XmlFrameBridge.fromXml(parts.unmarshaller.getResult());
    } catch (JAXBException e) {
      throw new IllegalStateException("a valid " + frameReader.rootName() + " did not bind", e);
    }
  }

  @Override
  public String encode(Frame frame) {
    try {
      StringWriter out = new StringWriter();
      XmlThreadParts.own().marshaller.marshal(XmlFrameBridge.toXml(frame), out);
      return out.toString();
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot encode " + frame.type(), e);
    }
  }
}
