package org.mplp.spec.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mplp.spec.model.Frame;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The XML examples, written from the JSON examples by the spec build's rule, agree with what the
 * JAXB codec makes of the same frames: two independent readings of the XML binding checked against
 * each other.
 */
class XmlExamplesTest {

  @ParameterizedTest
  @MethodSource("org.mplp.spec.binding.ExamplesTest#jsonFrameExamples")
  void theCodecWritesTheGeneratedExample(Path json) throws Exception {
    String generated = Files.readString(xmlTwin(json));
    Frame frame = FrameCodec.forBinding(Binding.JSON).decode(Files.readString(json));

    String encoded = FrameCodec.forBinding(Binding.XML).encode(frame);

    assertThat(canonical(encoded)).isEqualTo(canonical(generated));
  }

  @ParameterizedTest
  @MethodSource("org.mplp.spec.binding.ExamplesTest#jsonFrameExamples")
  void theGeneratedExampleIsValidAndDecodesToTheJsonFrame(Path json) throws Exception {
    String generated = Files.readString(xmlTwin(json));
    XmlSchemas.schema().newValidator().validate(new StreamSource(new StringReader(generated)));

    Frame fromXml = FrameCodec.forBinding(Binding.XML).decode(generated);

    assertThat(fromXml)
        .isEqualTo(FrameCodec.forBinding(Binding.JSON).decode(Files.readString(json)));
  }

  private static Path xmlTwin(Path json) {
    Path xml = json.resolveSibling(json.getFileName().toString().replace(".json", ".xml"));
    assertThat(xml).as("the generated XML example of %s", json.getFileName()).exists();
    return xml;
  }

  /**
   * The element tree as lines: each element's namespace, name and attributes, and the text of
   * leaves; whitespace between elements is layout, not content.
   */
  private static List<String> canonical(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element root =
        factory
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(xml)))
            .getDocumentElement();
    List<String> lines = new ArrayList<>();
    describe(root, "", lines);
    return lines;
  }

  private static void describe(Element element, String indent, List<String> lines) {
    StringBuilder line =
        new StringBuilder(indent)
            .append('{')
            .append(element.getNamespaceURI())
            .append('}')
            .append(element.getLocalName());
    NamedNodeMap attributes = element.getAttributes();
    List<String> named = new ArrayList<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
        named.add(attribute.getName() + "=" + attribute.getValue());
      }
    }
    named.stream().sorted().forEach(a -> line.append(' ').append(a));
    List<Element> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        children.add(e);
      } else if (child.getNodeType() == Node.TEXT_NODE
          || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    if (children.isEmpty()) {
      line.append(" text=").append(text);
    } else {
      assertThat(text.toString().isBlank()).as("mixed content in " + line).isTrue();
    }
    lines.add(line.toString());
    children.forEach(child -> describe(child, indent + "  ", lines));
  }
}
