package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The broken forms are broken in the way their names say, and only that way. */
class BrokenFramesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FrameReader jsonReader = FrameReader.forBinding(Binding.JSON);
  private final FrameReader xmlReader = FrameReader.forBinding(Binding.XML);

  @Test
  void notWellFormedTextCannotBeReadInItsBinding() {
    assertThat(jsonReader.read(BrokenFrames.notWellFormed(Binding.JSON)).type()).isNull();
    assertThat(xmlReader.read(BrokenFrames.notWellFormed(Binding.XML)).type()).isNull();
  }

  @Test
  void jsonThatIsNoFrameIsUnreadable() {
    assertThat(jsonReader.read(BrokenFrames.jsonArray("a")).type()).isNull();
    assertThat(jsonReader.read(BrokenFrames.jsonObjectWithoutType("o")).type()).isNull();
    assertThat(jsonReader.read(BrokenFrames.jsonTypeNotString("t")).type()).isNull();
  }

  @Test
  void xmlWithADocumentTypeIsNeverParsed() {
    assertThat(xmlReader.read(BrokenFrames.xmlPingWithInternalDoctype("d")).type()).isNull();
    assertThat(xmlReader.read(BrokenFrames.xmlPingWithExternalDtd("d")).type()).isNull();
  }

  @Test
  void theSchemaBreakingHelloBreaksItAtTheSecondVersionOnly() throws Exception {
    String json =
        FrameWriter.forBinding(Binding.JSON).write(BrokenFrames.helloBreakingSchema("h2"));
    assertThat(JsonSchemas.validate("hello", JSON.readTree(json)))
        .singleElement()
        .asString()
        .contains("versions[1]");
    String xml = FrameWriter.forBinding(Binding.XML).write(BrokenFrames.helloBreakingSchema("h2"));
    assertThat(XmlSchema.validate(SecureXml.parse(xml)))
        .isNotEmpty()
        .allSatisfy(problem -> assertThat(problem).contains("'one'"));
    assertThat(BrokenFrames.helloBreakingSchemaLocations(Binding.JSON)).contains("/versions/1");
    assertThat(BrokenFrames.helloBreakingSchemaLocations(Binding.XML))
        .containsExactly("/hello/version[2]");
  }

  @Test
  void aFrameOfAnUnknownTypeIsWellFormedInBothBindings() throws Exception {
    String json = FrameWriter.forBinding(Binding.JSON).write(BrokenFrames.unknownType("u1"));
    String xml = FrameWriter.forBinding(Binding.XML).write(BrokenFrames.unknownType("u1"));
    assertThat(JSON.readTree(json).path("type").asText()).isEqualTo("teleport");
    assertThat(SecureXml.parse(xml).getDocumentElement().getLocalName()).isEqualTo("teleport");
    assertThat(FrameSchemas.spec().clientTypes()).doesNotContain("teleport");
    assertThat(FrameSchemas.spec().serverTypes()).doesNotContain("teleport");
  }
}
