package org.mplp.conformance.driver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The XML binding's XSD (mplp-1.xsd), loaded lazily from the classpath. */
public final class XmlSchema {
  private static volatile Schema schema;

  private XmlSchema() {}

  /** Validates a parsed frame; returns one line per violation, empty when valid. */
  public static List<String> validate(Document document) {
    List<String> problems = new ArrayList<>();
    try {
      Validator validator = schema().newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(collecting(problems));
      validator.validate(new DOMSource(document));
    } catch (SAXException e) {
      if (problems.isEmpty()) {
        problems.add(e.getMessage());
      }
    } catch (IOException e) {
      problems.add("could not be validated: " + e.getMessage());
    }
    return problems;
  }

  private static Schema schema() {
    Schema s = schema;
    if (s == null) {
      synchronized (XmlSchema.class) {
        if (schema == null) {
          schema = load();
        }
        s = schema;
      }
    }
    return s;
  }

  private static Schema load() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      byte[] xsd = SpecResources.read(SpecResources.XSD);
      return factory.newSchema(new StreamSource(new ByteArrayInputStream(xsd), SpecResources.XSD));
    } catch (SAXException e) {
      throw new IllegalStateException("The spec's XSD does not load: " + e.getMessage(), e);
    }
  }

  private static ErrorHandler collecting(List<String> problems) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        problems.add(e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        problems.add(e.getMessage());
      }
    };
  }
}
