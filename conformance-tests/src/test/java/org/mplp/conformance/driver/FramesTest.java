package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every frame the kit builds is valid in both bindings: its JSON Schema and the XSD. */
class FramesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final List<OfferFile> FILES =
      List.of(
          new OfferFile("report <1> & \"2\".pdf", null, 8_589_934_593L, SHA256, "application/pdf"),
          new OfferFile("notes.txt", "trip/day 1", 0, SHA256, "text/plain"));
  private static final Terminal PHONE = Terminal.of("MP", "Li's <phone> & \"co\"");
  private static final String FIRST = "n,,n=235683,r=rOprNGfwEbeRWgbNEkqO";

  private static List<ObjectNode> clientFrames() {
    return List.of(
        Frames.hello("h1", List.of("9.9", "1.0")),
        Frames.ping("p1"),
        Frames.login("l1", "235683", null, FIRST, PHONE),
        Frames.login(
            "l2",
            "235683",
            "235683-MP-1",
            FIRST,
            PHONE.claiming("203.0.113.9", "2001-02-03T04:05:06Z")),
        Frames.loginProof("p1", "c=biws,r=rOprNGfwEbeRWgbNEkqO,p=abc="),
        Frames.listDevices("d1"),
        Frames.renameDevice("r1", "235683-TV-1", "Bedroom TV & more"),
        Frames.logout("o1", true),
        Frames.send("s1", "pc-m1", null, "235683-MP-1", "The <slides> & \"notes\""),
        Frames.send("s2", "pc-m2", "235683-PC-1", "*", "Leaving now."),
        Frames.messageAck("a1", List.of("m-1", "m-2")),
        Frames.receiptAck("a2", List.of("m-1")),
        Frames.offer("c1", "235683-MP-1", "direct", 30, FILES),
        Frames.offer("c2", "235683-MP-1", null, null, FILES.subList(1, 2)),
        Frames.acceptOffer("c3", "t-1", List.of(0, 1)),
        Frames.acceptOffer("c4", "t-1", null),
        Frames.rejectOffer("c5", "t-1", "Not on the phone, please"),
        Frames.rejectOffer("c6", "t-1", null),
        Frames.cancelTransfer("c7", "t-1", null),
        Frames.fileResult("c8", "t-1", 1, "hash-mismatch"),
        Frames.getSettings("g1"),
        Frames.frame("list-transfers", "g2"),
        Frames.setReceive("c9", "ask"),
        Frames.setPolicy("c10", "235683-MP-1", "ask", "accept", 104_857_600L),
        Frames.setPolicy("c11", "235683-MP-1", "direct", "reject", null),
        Frames.revokeDevice("v1", "235683-TV-1"),
        Frames.makePrimary("m1", "235683-MP-1"));
  }

  @Test
  void everyClientFrameIsValidInBothBindingsAndEveryClientTypeIsBuilt() throws Exception {
    Set<String> built = new TreeSet<>();
    for (ObjectNode frame : clientFrames()) {
      assertValidInBothBindings(frame);
      built.add(frame.path("type").asText());
    }
    // A frame of nothing but type and id has no builder: the kit sends it bare (BareRequestSteps).
    for (String type : FrameSchemas.spec().clientTypes()) {
      if (FrameSchemas.spec().isBareRequest(type)) {
        ObjectNode bare = Frames.frame(type, "b-" + type);
        assertValidInBothBindings(bare);
        built.add(type);
      }
    }
    assertThat(built).isEqualTo(new TreeSet<>(FrameSchemas.spec().clientTypes()));
  }

  @Test
  void theServerFramesAClientMaySendWronglyAreValidServerFrames() throws Exception {
    for (ObjectNode frame :
        List.of(BrokenFrames.pong("s1"), BrokenFrames.welcome("s1"), BrokenFrames.error("s1"))) {
      assertValidInBothBindings(frame);
      assertThat(FrameSchemas.spec().isServerFrame(frame.path("type").asText())).isTrue();
    }
  }

  @Test
  void optionalMembersGivenAsNullAreAbsent() {
    ObjectNode offer = Frames.offer("c1", "a-MP-1", null, null, FILES);
    assertThat(offer.has("permission")).isFalse();
    assertThat(offer.has("expiresIn")).isFalse();
    assertThat(offer.path("files").get(0).has("path")).isFalse();
    assertThat(offer.path("files").get(0).path("size").asLong()).isEqualTo(8_589_934_593L);
    assertThat(offer.path("files").get(1).path("path").asText()).isEqualTo("trip/day 1");
    assertThat(Frames.send("s1", "c", null, "a-MP-1", "b").has("from")).isFalse();
    assertThat(Frames.setPolicy("p", "a-MP-1", "ask", "accept", null).path("policy")).hasSize(2);
    assertThat(Frames.login("l1", "a", null, FIRST, PHONE).has("device")).isFalse();
    assertThat(Frames.login("l1", "a", null, FIRST, PHONE).path("terminal")).hasSize(4);
    ObjectNode claiming =
        Frames.login("l2", "a", "a-MP-1", FIRST, PHONE.claiming("203.0.113.9", "then"));
    assertThat(claiming.path("terminal")).hasSize(6);
  }

  @Test
  void aBooleanAndAnArrayReadTheSameInXmlAsInJson() throws Exception {
    FrameWriter xml = FrameWriter.forBinding(Binding.XML);
    assertThat(
            SecureXml.parse(xml.write(Frames.logout("o1", false)))
                .getDocumentElement()
                .getTextContent())
        .isEqualTo("false");
    assertThat(
            SecureXml.parse(xml.write(Frames.messageAck("a1", List.of("m-1", "m-2"))))
                .getElementsByTagNameNS("urn:mplp:1", "messageId")
                .getLength())
        .isEqualTo(2);
  }

  private static void assertValidInBothBindings(ObjectNode frame) throws Exception {
    String type = frame.path("type").asText();
    String json = FrameWriter.forBinding(Binding.JSON).write(frame);
    String xml = FrameWriter.forBinding(Binding.XML).write(frame);
    assertThat(JsonSchemas.validate(type, JSON.readTree(json))).as(json).isEmpty();
    assertThat(XmlSchema.validate(SecureXml.parse(xml))).as(xml).isEmpty();
  }
}
