package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The XML binding's rule, as the kit implements it from the schemas, against the spec's examples.
 */
class XmlFrameWriterTest {
  private final FrameWriter xml = FrameWriter.forBinding(Binding.XML);

  static List<String> clientExamples() {
    List<String> names = Examples.of(FrameSchemas.spec().clientTypes());
    assertThat(names).contains("hello", "login", "offer", "set-policy", "message-ack");
    return names;
  }

  @ParameterizedTest
  @MethodSource("clientExamples")
  void theJsonExampleWrittenAsXmlIsTheXmlExample(String name) throws Exception {
    String written = xml.write(Examples.json(name));
    assertThat(Examples.canonical(written).isEqualNode(Examples.canonical(Examples.xml(name))))
        .as("%s written as%n%s%nand the spec's example%n%s", name, written, Examples.xml(name))
        .isTrue();
  }

  @Test
  void theComparisonIgnoresIndentationButNotOrderOrText() throws Exception {
    String sent = "<send xmlns=\"urn:mplp:1\" id=\"s\"><to>a</to><body>b</body></send>";
    String indented =
        "<send xmlns=\"urn:mplp:1\" id=\"s\">\n  <to>a</to>\n  <body>b</body>\n</send>";
    String swapped = "<send xmlns=\"urn:mplp:1\" id=\"s\"><body>b</body><to>a</to></send>";
    String other = "<send xmlns=\"urn:mplp:1\" id=\"s\"><to>a</to><body> b</body></send>";
    assertThat(Examples.canonical(sent).isEqualNode(Examples.canonical(indented))).isTrue();
    assertThat(Examples.canonical(sent).isEqualNode(Examples.canonical(swapped))).isFalse();
    assertThat(Examples.canonical(sent).isEqualNode(Examples.canonical(other))).isFalse();
  }

  @Test
  void membersFollowTheSchemaOrderWhateverTheTreeOrder() {
    ObjectNode send = Frames.frame("send", "s1").put("body", "b").put("mediaType", "text/plain");
    send.put("to", "a-MP-1").put("clientMessageId", "m1");
    assertThat(xml.write(send))
        .isEqualTo(
            "<send xmlns=\"urn:mplp:1\" id=\"s1\"><clientMessageId>m1</clientMessageId>"
                + "<to>a-MP-1</to><mediaType>text/plain</mediaType><body>b</body></send>");
  }

  @Test
  void textIsEscapedAndAFrameWithoutMembersIsOneEmptyElement() throws Exception {
    String rename = xml.write(Frames.renameDevice("r\"1", "a-TV-1", "<TV> & \"co\""));
    assertThat(SecureXml.parse(rename).getDocumentElement().getTextContent())
        .isEqualTo("a-TV-1<TV> & \"co\"");
    assertThat(SecureXml.parse(rename).getDocumentElement().getAttribute("id")).isEqualTo("r\"1");
    assertThat(xml.write(Frames.ping("p1"))).isEqualTo("<ping xmlns=\"urn:mplp:1\" id=\"p1\"/>");
  }

  @Test
  void aMemberTheSchemaDoesNotKnowIsRefusedNotDropped() {
    assertThatThrownBy(() -> xml.write(Frames.ping("p1").put("extra", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extra");
    assertThatThrownBy(() -> xml.write(Frames.frame("hello", "h1").put("versions", "1.0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("versions");
  }

  @Test
  void aPaddedFrameHasExactlyTheLengthAskedForAndStaysValid() throws Exception {
    FrameWriter json = FrameWriter.forBinding(Binding.JSON);
    String j = json.padded(Frames.ping("big"), 65536);
    String x = xml.padded(Frames.ping("big"), 65536);
    assertThat(Texts.utf8Length(j)).isEqualTo(65536);
    assertThat(Texts.utf8Length(x)).isEqualTo(65536);
    assertThat(JsonSchemas.validate("ping", new ObjectMapper().readTree(j))).isEmpty();
    assertThat(XmlSchema.validate(SecureXml.parse(x))).isEmpty();
    assertThatThrownBy(() -> json.padded(Frames.ping("big"), 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
