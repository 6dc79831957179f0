package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameReaderTest {
  private final FrameReader json = FrameReader.forBinding(Binding.JSON);
  private final FrameReader xml = FrameReader.forBinding(Binding.XML);

  private static String example(String name) {
    return new String(SpecResources.read("org/mplp/spec/examples/" + name), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "welcome",
        "pong",
        "error.hello-required",
        "error.schema-violation",
        "error.bad-credential",
        "login-challenge",
        "login-ok",
        "device-list",
        "device-event.added",
        "device-event.offline",
        "ok",
        "message-accepted",
        "message",
        "message.binary",
        "delivered",
        "undeliverable"
      })
  void theSpecsServerExamplesAreValidInBothBindings(String name) {
    ReceivedFrame j = json.read(example(name + ".json"));
    ReceivedFrame x = xml.read(example(name + ".xml"));
    assertThat(j.violations()).isEmpty();
    assertThat(x.violations()).isEmpty();
    // the location is binding-specific (JSON Pointer / element path); the rest maps one to one
    ((com.fasterxml.jackson.databind.node.ObjectNode) j.body()).remove("location");
    ((com.fasterxml.jackson.databind.node.ObjectNode) x.body()).remove("location");
    assertThat(x.body()).isEqualTo(j.body());
  }

  @Test
  void aWelcomeInXmlMapsToTheJsonShape() {
    ReceivedFrame x = xml.read(example("welcome.xml"));
    assertThat(x.type()).isEqualTo("welcome");
    assertThat(x.replyTo()).isEqualTo("c1");
    assertThat(x.body().path("profiles").isArray()).isTrue();
    assertThat(x.body().path("limits").path("maxFrameBytes").intValue()).isEqualTo(65536);
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
