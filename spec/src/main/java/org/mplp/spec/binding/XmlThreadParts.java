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
 * microseconds); none of them is thread-safe, and each starts afresh with every document. Parts
 * that stopped inside a document, on input that was not well-formed, are dropped and built anew.
 */
final class XmlThreadParts {

  private static final ThreadLocal<XmlThreadParts> OWN =
      ThreadLocal.withInitial(XmlThreadParts::new);

  final XMLReader parser = XmlSchemas.newReader();
  final ValidatorHandler validator = XmlSchemas.SCHEMA.newValidatorHandler();
  final UnmarshallerHandler unmarshaller = newUnmarshaller().getUnmarshallerHandler();
  final Marshaller marshaller = newMarshaller();

  private XmlThreadParts() {}

  /** This thread's parts. */
  static XmlThreadParts own() {
    return OWN.get();
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
