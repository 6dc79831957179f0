package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

class XmlBindingBuildTest {

  private static final String COMMON =
      """
      {"$defs": {
        "frameId": {"description": "Sender-chosen id.", "type": "string", "pattern": "^[a-z0-9]{1,8}$"},
        "address": {"type": "string", "pattern": "^[a-z]+-[1-9]$"},
        "server": {"type": "object",
          "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 8}},
          "required": ["name"], "additionalProperties": false}
      }}
      """;

  private static final String GREETING =
      """
      {"type": "object",
       "description": "A greeting & more.",
       "properties": {
         "type": {"const": "greeting"},
         "id": {"$ref": "common.schema.json#/$defs/frameId"},
         "to": {"anyOf": [{"$ref": "common.schema.json#/$defs/address"}, {"const": "*"}]},
         "count": {"type": "integer", "minimum": 1, "maximum": 10},
         "size": {"type": "integer", "minimum": 0},
         "mood": {"enum": ["glad", "calm"]},
         "loud": {"type": "boolean"},
         "tags": {"type": "array", "items": {"type": "string", "maxLength": 4},
                  "maxItems": 3, "uniqueItems": true},
         "servers": {"type": "array", "minItems": 1, "items": {"$ref": "common.schema.json#/$defs/server"}}
       },
       "required": ["type", "id", "to", "count", "tags"],
       "additionalProperties": false}
      """;

  private static final String EXAMPLE =
      """
      {"type": "greeting", "id": "g1", "to": "*", "count": 2, "mood": "glad", "loud": false,
       "tags": ["a", "b<"], "servers": [{"name": "one"}]}
      """;

  @TempDir Path dir;
  private Path json;
  private Path examples;

  @BeforeEach
  void schemas() throws IOException {
    json = Files.createDirectories(dir.resolve("json"));
    examples = Files.createDirectories(dir.resolve("examples"));
    Files.writeString(json.resolve("common.schema.json"), COMMON);
    Files.writeString(json.resolve("greeting.schema.json"), GREETING);
    Files.writeString(examples.resolve("greeting.json"), EXAMPLE);
    Files.writeString(examples.resolve("greeting.none.json"), EXAMPLE.replace("\"a\", \"b<\"", ""));
    Files.writeString(examples.resolve("discovery.json"), "{\"protocol\": \"x\"}");
  }

  @Test
  void writesAnXsdThatTakesTheExamplesWrittenByTheSameRule() throws Exception {
    Files.createDirectories(dir.resolve("out/examples"));
    Files.writeString(dir.resolve("out/examples/gone.xml"), "<gone/>");

    int[] counts = run();

    assertThat(counts).containsExactly(1, 2);
    String xml = Files.readString(dir.resolve("out/examples/greeting.xml"));
    assertThat(xml)
        .isEqualTo(
            """
            <greeting xmlns="urn:mplp:1" id="g1">
              <to>*</to>
              <count>2</count>
              <mood>glad</mood>
              <loud>false</loud>
              <tag>a</tag>
              <tag>b&lt;</tag>
              <server>
                <name>one</name>
              </server>
            </greeting>
            """);
    assertThat(dir.resolve("out/examples/discovery.xml")).doesNotExist();
    assertThat(dir.resolve("out/examples/gone.xml"))
        .as("no JSON example, no XML one")
        .doesNotExist();
    Schema xsd = schema();
    assertThat(valid(xsd, xml)).isTrue();
    assertThat(valid(xsd, Files.readString(dir.resolve("out/examples/greeting.none.xml"))))
        .isTrue();
  }

  @Test
  void theXsdKeepsTheSchemasConstraints() throws Exception {
    run();
    Schema xsd = schema();
    String good = Files.readString(dir.resolve("out/examples/greeting.xml"));

    assertThat(valid(xsd, good.replace("<count>2</count>", "<count>11</count>"))).isFalse();
    assertThat(valid(xsd, good.replace("<to>*</to>", "<to>bob-1</to>"))).isTrue();
    assertThat(valid(xsd, good.replace("<to>*</to>", "<to>**</to>"))).isFalse();
    assertThat(valid(xsd, good.replace("id=\"g1\"", "id=\"G 1\""))).isFalse();
    assertThat(valid(xsd, good.replace("id=\"g1\"", ""))).isFalse();
    assertThat(valid(xsd, good.replace("<tag>b&lt;</tag>", "<tag>a</tag>"))).as("unique").isFalse();
    assertThat(valid(xsd, good.replace("<mood>glad</mood>", "<mood>sad</mood>"))).isFalse();
    assertThat(valid(xsd, good.replace("<name>one</name>", "<name></name>"))).isFalse();
    assertThat(valid(xsd, good.replace("<count>2</count>", ""))).as("required").isFalse();
    String xsdText = Files.readString(dir.resolve("out/mplp-1.xsd"));
    assertThat(xsdText)
        .contains("<xs:simpleType name=\"FrameId\">")
        .contains("<xs:complexType name=\"Server\">")
        .contains("<xs:documentation>A greeting &amp; more.</xs:documentation>")
        .contains("<xs:restriction base=\"xs:int\">")
        .contains("<xs:restriction base=\"xs:long\">")
        .contains("<xs:union memberTypes=\"m:Address\">")
        .contains("<xs:element name=\"tag\" minOccurs=\"0\" maxOccurs=\"3\">")
        .contains(
            "<xs:element name=\"server\" type=\"m:Server\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>");
  }

  @Test
  void writesTheSameTextEveryTime() throws Exception {
    run();
    String first = Files.readString(dir.resolve("out/mplp-1.xsd"));
    run();
    assertThat(Files.readString(dir.resolve("out/mplp-1.xsd"))).isEqualTo(first);
  }

  @Test
  void anArrayWhoseNameDoesNotEndInSFailsTheBuild() throws Exception {
    Files.writeString(
        json.resolve("greeting.schema.json"), GREETING.replace("\"tags\"", "\"tagList\""));

    assertThatThrownBy(this::run)
        .isInstanceOf(SpecBuildException.class)
        .hasMessageContaining("greeting.schema.json/tagList")
        .hasMessageContaining("does not end in 's'");
  }

  @Test
  void anOptionalArrayThatMayBeEmptyFailsTheBuild() throws Exception {
    Files.writeString(
        json.resolve("greeting.schema.json"), GREETING.replace("\"minItems\": 1, ", ""));

    assertThatThrownBy(this::run)
        .isInstanceOf(SpecBuildException.class)
        .hasMessageContaining("greeting.schema.json/servers")
        .hasMessageContaining("cannot tell from an absent member");
  }

  @Test
  void anItemNameThatIsAnotherMembersNameFailsTheBuild() throws Exception {
    Files.writeString(
        json.resolve("greeting.schema.json"), GREETING.replace("\"mood\"", "\"tag\""));

    assertThatThrownBy(this::run)
        .isInstanceOf(SpecBuildException.class)
        .hasMessageContaining("'tag' is the name of another member");
  }

  private int[] run() throws IOException {
    return XmlBindingBuild.run(
        json, examples, dir.resolve("out/mplp-1.xsd"), dir.resolve("out/examples"));
  }

  private Schema schema() throws SAXException {
    return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(dir.resolve("out/mplp-1.xsd").toFile());
  }

  private static boolean valid(Schema schema, String xml) {
    try {
      schema.newValidator().validate(new StreamSource(new StringReader(xml)));
      return true;
    } catch (SAXException | IOException e) {
      return false;
    }
  }
}
