package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FrameReaderTest {
  private final FrameReader json = FrameReader.forBinding(Binding.JSON);
  private final FrameReader xml = FrameReader.forBinding(Binding.XML);

  private static String example(String file) {
    return Examples.text(file);
  }

  static List<String> serverExamples() {
    List<String> names = Examples.of(FrameSchemas.spec().serverTypes());
    assertThat(names)
        .contains("welcome", "login-ok", "transfer.accepted", "settings", "error.not-primary");
    return names;
  }

  @ParameterizedTest
  @MethodSource("serverExamples")
  void theSpecsServerExamplesAreValidAndReadAsEqualTreesInBothBindings(String name) {
    ReceivedFrame j = json.read(example(name + ".json"));
    ReceivedFrame x = xml.read(example(name + ".xml"));
    assertThat(j.violations()).isEmpty();
    assertThat(x.violations()).isEmpty();
    // the location is binding-specific (JSON Pointer / element path); the rest maps one to one
    ((ObjectNode) j.body()).remove("location");
    ((ObjectNode) x.body()).remove("location");
    assertThat(x.body()).isEqualTo(j.body());
  }

  /** A client frame from a server is an error, but its XML still maps to the same tree. */
  @ParameterizedTest
  @MethodSource("org.mplp.conformance.driver.XmlFrameWriterTest#clientExamples")
  void theSpecsClientExamplesReadAsEqualTreesInBothBindings(String name) {
    ReceivedFrame x = xml.read(example(name + ".xml"));
    assertThat(x.valid()).isFalse();
    assertThat(x.body()).isEqualTo(Examples.json(name));
  }

  @Test
  void anXmlTransferMapsToTheJsonShapeWithItsFilesAndLargeSizes() throws Exception {
    String sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    String text =
        "<transfer xmlns=\"urn:mplp:1\"><transferId>t-1</transferId><from>a-PC-1</from>"
            + "<to>a-MP-1</to><permission>ask</permission><state>offered</state>"
            + "<offeredAt>2026-11-24T09:20:00Z</offeredAt><expiresAt>2026-11-24T09:25:00Z"
            + "</expiresAt><file><index>0</index><name>a</name><size>8589934593</size>"
            + "<sha256>"
            + sha256
            + "</sha256><mediaType>text/plain</mediaType><state>offered</state></file>"
            + "<file><index>1</index><name>b</name><size>0</size><sha256>"
            + sha256
            + "</sha256><mediaType>text/plain</mediaType><state>offered</state></file></transfer>";
    ReceivedFrame frame = xml.read(text);
    assertThat(frame.violations()).isEmpty();
    JsonNode files = frame.body().path("files");
    assertThat(files).hasSize(2);
    assertThat(files.get(0).path("size").isIntegralNumber()).isTrue();
    assertThat(files.get(0).path("size").asLong()).isEqualTo(8_589_934_593L);
    assertThat(files.get(1).path("index").intValue()).isEqualTo(1);
    assertThat(files.get(1).path("size"))
        .isEqualTo(new ObjectMapper().readTree("{\"size\":0}").path("size"));
  }

  @Test
  void aWelcomeInXmlMapsToTheJsonShape() {
    ReceivedFrame x = xml.read(example("welcome.xml"));
    assertThat(x.type()).isEqualTo("welcome");
    assertThat(x.replyTo()).isEqualTo("c1");
    assertThat(x.body().path("profiles").isArray()).isTrue();
    assertThat(x.body().path("limits").path("maxFrameBytes").intValue()).isEqualTo(131072);
  }

  @Test
  void theDevicesOfALoginOkInXmlMapToAnArrayOfContactObjects() {
    ReceivedFrame x = xml.read(example("login-ok.xml"));
    assertThat(x.body().path("devices")).hasSize(2);
    assertThat(x.body().path("devices").get(1).path("address").asText()).isEqualTo("235683-TV-1");
    assertThat(x.body().path("self").path("role").asText()).isEqualTo("secondary");
    assertThat(x.body().path("multiPoint").isBoolean()).isTrue();
  }

  @Test
  void anEmptyDeviceListInXmlHasAnEmptyArray() {
    ReceivedFrame x =
        xml.read(
            "<device-list xmlns=\"urn:mplp:1\" replyTo=\"l1\"><multiPoint>false</multiPoint>"
                + "</device-list>");
    assertThat(x.violations()).isEmpty();
    assertThat(x.body().path("devices").isArray()).isTrue();
    assertThat(x.body().path("devices")).isEmpty();
  }

  @Test
  void anErrorCarriesItsMembers() {
    ReceivedFrame e = json.read(example("error.schema-violation.json"));
    assertThat(e.code()).isEqualTo("schema-violation");
    assertThat(e.fatal()).isFalse();
    assertThat(e.location()).isEqualTo("/versions/0");
    assertThat(e.describe()).contains("schema-violation").contains("replying to c1");
  }

  @Test
  void twoJsonValuesInOneMessageBreakOneFramePerMessage() {
    ReceivedFrame f = json.read("{\"type\":\"pong\",\"replyTo\":\"a\"}{\"type\":\"pong\"}");
    assertThat(f.violations())
        .extracting(Violation::requirement)
        .containsExactly("REQ-TRANSPORT-007");
  }

  @Test
  void twoXmlDocumentsInOneMessageBreakOneFramePerMessage() {
    ReceivedFrame f =
        xml.read(
            "<pong xmlns=\"urn:mplp:1\" replyTo=\"a\"/><pong xmlns=\"urn:mplp:1\" replyTo=\"b\"/>");
    assertThat(f.violations())
        .extracting(Violation::requirement)
        .containsExactly("REQ-TRANSPORT-007");
  }

  @Test
  void aFrameThatBreaksItsSchemaIsReported() {
    ReceivedFrame f = json.read("{\"type\":\"pong\",\"replyTo\":\"a\",\"extra\":1}");
    assertThat(f.violations())
        .extracting(Violation::requirement)
        .containsExactly("REQ-TRANSPORT-008");
    ReceivedFrame x = xml.read("<pong xmlns=\"urn:mplp:1\"/>");
    assertThat(x.violations())
        .extracting(Violation::requirement)
        .containsExactly("REQ-TRANSPORT-008");
  }

  @Test
  void aClientFrameFromTheServerIsReported() {
    assertThat(json.read(example("hello.json")).valid()).isFalse();
    assertThat(xml.read(example("ping.xml")).valid()).isFalse();
  }

  @Test
  void xmlWithADoctypeIsNeverParsed() {
    ReceivedFrame f =
        xml.read("<!DOCTYPE pong [<!ENTITY x \"y\">]><pong xmlns=\"urn:mplp:1\" replyTo=\"a\"/>");
    assertThat(f.type()).isNull();
    assertThat(f.valid()).isFalse();
  }

  @Test
  void textThatIsNotJsonIsReported() {
    assertThat(json.read("{\"type\":").valid()).isFalse();
    assertThat(json.read("[1]").valid()).isFalse();
  }
}
