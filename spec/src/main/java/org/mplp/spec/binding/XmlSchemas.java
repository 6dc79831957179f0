package org.mplp.spec.binding;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.mplp.spec.binding.xml.generated.ObjectFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** The XSD, the JAXB context and hardened XML readers, each built once. */
public final class XmlSchemas {
  public static final String NAMESPACE = "urn:mplp:1";
  static final String XSD = "/org/mplp/spec/xml/mplp-1.xsd";

  static final Schema SCHEMA = loadSchema();
  static final JAXBContext CONTEXT = loadContext();
  private static final SAXParserFactory PARSERS = hardenedParsers();

  private XmlSchemas() {}

  /** The XSD of the XML binding, for validating whole documents. */
  public static Schema schema() {
    return SCHEMA;
  }

  /** A namespace-aware reader that refuses DTDs, so no entity can be declared or expanded. */
  static XMLReader newReader() {
    try {
      return PARSERS.newSAXParser().getXMLReader();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's SAX parser cannot be hardened", e);
    }
  }

  private static SAXParserFactory hardenedParsers() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      return factory;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's SAX parser cannot be hardened", e);
    }
  }

  private static Schema loadSchema() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      URL xsd = XmlSchemas.class.getResource(XSD);
      return factory.newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException("the XSD " + XSD + " does not load", e);
    }
  }

  private static JAXBContext loadContext() {
    try {
      return JAXBContext.newInstance(ObjectFactory.class);
    } catch (JAXBException e) {
      throw new IllegalStateException("the XML binding classes do not load", e);
    }
  }
}
