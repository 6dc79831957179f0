package org.mplp.spec.binding;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.XMLReader;

/**
 * The parser, XSD validator, unmarshaller and marshaller that one thread reuses frame after frame.
 * Building them is most of the cost of an XML frame (a hardened parser alone costs tens of
 * microseconds); none of them is thread-safe, and each starts afresh with every document. But the
 * parser and the validator keep every name they meet in symbol tables of their own, and a sender
 * may make up as many names as it likes (unknown elements are left aside, REQ-OPEN-010): so the
 * parts are built anew once they have read {@link #RENEW_AFTER_CHARS} characters, which bounds what
 * those tables hold. Parts that stopped inside a document are built anew too.
 */
final class XmlThreadParts {

  /** What a thread's parts read before they are replaced: some hundreds of usual frames. */
  static final int RENEW_AFTER_CHARS = 256 * 1024;

  private static final ThreadLocal<XmlThreadParts> OWN =
      ThreadLocal.withInitial(XmlThreadParts::new);

  final XMLReader parser = XmlSchemas.newReader();
  final ValidatorHandler validator = XmlSchemas.SCHEMA.newValidatorHandler();
  final UnmarshallerHandler unmarshaller = newUnmarshaller().getUnmarshallerHandler();
  final Marshaller marshaller = newMarshaller();
  private long charsRead;

  private XmlThreadParts() {}

  /** This thread's parts, to write a frame. */
  static XmlThreadParts own() {
    return OWN.get();
  }

  /** This thread's parts, to read a text of {@code length} characters: new ones when due. */
  static XmlThreadParts toRead(int length) {
    XmlThreadParts parts = OWN.get();
    if (parts.charsRead > 0 && parts.charsRead + length > RENEW_AFTER_CHARS) {
      parts = new XmlThreadParts();
      OWN.set(parts);
    }
    parts.charsRead += length;
    return parts;
  }

  /** This thread's parts saw a document end before its end; the next call gets new ones. */
  static void dropOwn() {
    OWN.remove();
  }

  private static Unmarshaller newUnmarshaller() {
    try {
      Unmarshaller unmarshaller = XmlSchemas.CONTEXT.createUnmarshaller();
      // The XSD has judged the frame already; JAXB carries on so the verdict stays the XSD's.
      unmarshaller.setEventHandler(event -> true);
      return unmarshaller;
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot create an unmarshaller", e);
    }
  }

  private static Marshaller newMarshaller() {
    try {
      Marshaller marshaller = XmlSchemas.CONTEXT.createMarshaller();
      marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
      return marshaller;
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot create a marshaller", e);
    }
  }
}
