package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class FrameTextsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FrameTexts json = FrameTexts.forBinding(Binding.JSON);
  private final FrameTexts xml = FrameTexts.forBinding(Binding.XML);

  private static List<String> jsonProblems(String type, String text) throws Exception {
    JsonNode node = JSON.readTree(text);
    return JsonSchemas.validate(type, node);
  }

  private static List<String> xmlProblems(String text) throws Exception {
    Document d = SecureXml.parse(text);
    return XmlSchema.validate(d);
  }

  @Test
  void helloAndPingAreValidInBothBindings() throws Exception {
    assertThat(jsonProblems("hello", json.hello("h1", List.of("9.9", "1.0")))).isEmpty();
    assertThat(jsonProblems("ping", json.ping("p1"))).isEmpty();
    assertThat(xmlProblems(xml.hello("h1", List.of("9.9", "1.0")))).isEmpty();
    assertThat(xmlProblems(xml.ping("p1"))).isEmpty();
  }

  @Test
  void loginAndDeviceFramesAreValidInBothBindings() throws Exception {
    Terminal phone = Terminal.of("MP", "Li's <phone> & \"co\"");
    Terminal claiming = phone.claiming("203.0.113.9", "2001-02-03T04:05:06Z");
    String first = "n,,n=235683,r=rOprNGfwEbeRWgbNEkqO";
    for (FrameTexts t : List.of(json, xml)) {
      List<String> texts =
          List.of(
              t.login("l1", "235683", null, first, phone),
              t.login("l2", "235683", "235683-MP-1", first, claiming),
              t.loginProof("p1", "c=biws,r=rOprNGfwEbeRWgbNEkqO,p=abc="),
              t.listDevices("d1"),
              t.renameDevice("r1", "235683-TV-1", "Bedroom TV & more"),
              t.logout("o1", true));
      List<String> types =
          List.of("login", "login", "login-proof", "list-devices", "rename-device", "logout");
      for (int i = 0; i < texts.size(); i++) {
        List<String> problems =
            t == json ? jsonProblems(types.get(i), texts.get(i)) : xmlProblems(texts.get(i));
        assertThat(problems).as(texts.get(i)).isEmpty();
      }
    }
    assertThat(JSON.readTree(json.login("l2", "a", "a-MP-1", first, claiming)).path("terminal"))
        .hasSize(6);
    assertThat(SecureXml.parse(xml.logout("o1", false)).getDocumentElement().getTextContent())
        .isEqualTo("false");
  }

  @Test
  void serverOnlyFramesAreValidServerFrames() throws Exception {
    for (String type : List.of("welcome", "pong", "error")) {
      assertThat(jsonProblems(type, json.serverOnly(type, "s1"))).as(type).isEmpty();
      assertThat(xmlProblems(xml.serverOnly(type, "s1"))).as(type).isEmpty();
    }
  }

  @Test
  void aPaddedPingHasExactlyTheLengthAskedForAndStaysValid() throws Exception {
    String j = json.paddedPing("big", 65536);
    String x = xml.paddedPing("big", 65536);
    assertThat(Texts.utf8Length(j)).isEqualTo(65536);
    assertThat(Texts.utf8Length(x)).isEqualTo(65536);
    assertThat(jsonProblems("ping", j)).isEmpty();
    assertThat(xmlProblems(x)).isEmpty();
    assertThatThrownBy(() -> json.paddedPing("big", 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSchemaBreakingHelloBreaksItAtTheSecondVersion() throws Exception {
    assertThat(jsonProblems("hello", json.helloBreakingSchema("h2")))
        .singleElement()
        .asString()
        .contains("versions[1]");
    assertThat(xmlProblems(xml.helloBreakingSchema("h2"))).isNotEmpty();
  }

  @Test
  void brokenTextsAreBroken() {
    assertThat(FrameReader.forBinding(Binding.JSON).read(json.notWellFormed()).type()).isNull();
    assertThat(FrameReader.forBinding(Binding.XML).read(xml.notWellFormed()).type()).isNull();
    XmlFrameTexts xmlOnly = (XmlFrameTexts) xml;
    assertThat(
            FrameReader.forBinding(Binding.XML).read(xmlOnly.pingWithInternalDoctype("d")).type())
        .isNull();
    JsonFrameTexts jsonOnly = (JsonFrameTexts) json;
    assertThat(FrameReader.forBinding(Binding.JSON).read(jsonOnly.jsonArray("a")).type()).isNull();
    assertThat(FrameReader.forBinding(Binding.JSON).read(jsonOnly.objectWithoutType("o")).type())
        .isNull();
  }

  @Test
  void sendAndMessageAckAreValidInBothBindings() throws Exception {
    for (FrameTexts t : List.of(json, xml)) {
      List<String> texts =
          List.of(
              t.send("s1", "pc-m1", null, "235683-MP-1", "The <slides> & \"notes\""),
              t.send("s2", "pc-m2", "235683-PC-1", "*", "Leaving now."),
              t.messageAck("a1", List.of("m-1", "m-2")));
      List<String> types = List.of("send", "send", "message-ack");
      for (int i = 0; i < texts.size(); i++) {
        List<String> problems =
            t == json ? jsonProblems(types.get(i), texts.get(i)) : xmlProblems(texts.get(i));
        assertThat(problems).as(texts.get(i)).isEmpty();
      }
    }
    assertThat(JSON.readTree(json.send("s1", "c", null, "a-MP-1", "b")).has("from")).isFalse();
    assertThat(JSON.readTree(json.messageAck("a1", List.of("m-1"))).path("messageIds")).hasSize(1);
  }
}
