package org.mplp.spec.binding;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.validation.ValidatorHandler;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Frame;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The XML binding: a frame is one element in namespace {@code urn:mplp:1} named by its type.
 * Decoding is one streaming pass: hardened parser, path tracking, XSD validation, JAXB.
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
    XmlFrameReader frameReader = new XmlFrameReader();
    UnmarshallerHandler unmarshaller = newUnmarshallerHandler();
    ValidatorHandler validator = XmlSchemas.SCHEMA.newValidatorHandler();
    validator.setErrorHandler(frameReader);
    validator.setContentHandler(unmarshaller);
    XMLReader parser = XmlSchemas.newReader();
    frameReader.setParent(parser);
    // A receiver leaves aside what the schema does not define, then judges the rest (REQ-OPEN-010).
    KnownElements known = new KnownElements();
    known.setContentHandler(validator);
    frameReader.setContentHandler(known);
    frameReader.setErrorHandler(frameReader);
    try {
      frameReader.parse(new InputSource(new StringReader(text)));
    } catch (XmlFrameReader.UnknownRootException e) {
      throw new FrameDecodeException(
          ErrorCode.UNKNOWN_TYPE,
          frameReader.rootId(),
          "/" + frameReader.rootName(),
          e.getMessage());
    } catch (SAXException e) {
      throw new FrameDecodeException(
          ErrorCode.MALFORMED_FRAME,
          frameReader.rootId(),
          null,
          "not well-formed XML: " + e.getMessage());
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
    if (!frameReader.valid()) {
      throw new FrameDecodeException(
          ErrorCode.SCHEMA_VIOLATION,
          frameReader.rootId(),
          frameReader.firstViolationPath(),
          frameReader.firstViolationMessage());
    }
    try {
      return XmlFrameBridge.fromXml(unmarshaller.getResult());
    } catch (JAXBException e) {
      throw new IllegalStateException("a valid " + frameReader.rootName() + " did not bind", e);
    }
  }

  private static UnmarshallerHandler newUnmarshallerHandler() {
    try {
      Unmarshaller unmarshaller = XmlSchemas.CONTEXT.createUnmarshaller();
      // The XSD has judged the frame already; JAXB carries on so the verdict stays the XSD's.
      unmarshaller.setEventHandler(event -> true);
      return unmarshaller.getUnmarshallerHandler();
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot create an unmarshaller", e);
    }
  }

  @Override
  public String encode(Frame frame) {
    try {
      Marshaller marshaller = XmlSchemas.CONTEXT.createMarshaller();
      marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
      StringWriter out = new StringWriter();
      marshaller.marshal(XmlFrameBridge.toXml(frame), out);
      return out.toString();
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot encode " + frame.type(), e);
    }
  }
}
