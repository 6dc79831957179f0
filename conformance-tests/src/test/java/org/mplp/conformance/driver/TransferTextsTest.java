package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transfer frames the kit sends are valid in both bindings, and XML maps to the JSON shape. */
class TransferTextsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private final TransferTexts json = TransferTexts.forBinding(Binding.JSON);
  private final TransferTexts xml = TransferTexts.forBinding(Binding.XML);

  private static final List<OfferFile> FILES =
      List.of(
          new OfferFile("report <1> & \"2\".pdf", null, 8_589_934_593L, SHA256, "application/pdf"),
          new OfferFile("notes.txt", "trip/day 1", 0, SHA256, "text/plain"));

  private static List<String> texts(TransferTexts t) {
    return List.of(
        t.offer("c1", "235683-MP-1", "direct", 30, FILES),
        t.offer("c2", "235683-MP-1", null, null, FILES.subList(1, 2)),
        t.acceptOffer("c3", "t-1", List.of(0, 1)),
        t.acceptOffer("c4", "t-1", null),
        t.rejectOffer("c5", "t-1", "Not on the phone, please"),
        t.rejectOffer("c6", "t-1", null),
        t.cancelTransfer("c7", "t-1", null),
        t.fileResult("c8", "t-1", 1, "hash-mismatch"),
        t.setReceive("c9", "ask"),
        t.setPolicy("c10", "235683-MP-1", "ask", "accept", 104_857_600L),
        t.setPolicy("c11", "235683-MP-1", "direct", "reject", null));
  }

  private static final List<String> TYPES =
      List.of(
          "offer",
          "offer",
          "accept-offer",
          "accept-offer",
          "reject-offer",
          "reject-offer",
          "cancel-transfer",
          "file-result",
          "set-receive",
          "set-policy",
          "set-policy");

  @Test
  void everyTransferFrameIsValidInBothBindings() throws Exception {
    List<String> j = texts(json);
    List<String> x = texts(xml);
    for (int i = 0; i < j.size(); i++) {
      assertThat(JsonSchemas.validate(TYPES.get(i), JSON.readTree(j.get(i))))
          .as(j.get(i))
          .isEmpty();
      assertThat(XmlSchema.validate(SecureXml.parse(x.get(i)))).as(x.get(i)).isEmpty();
    }
  }

  @Test
  void anOfferListsItsFilesInOrderWithTheirMembers() throws Exception {
    JsonNode offer = JSON.readTree(json.offer("c1", "a-MP-1", null, null, FILES));
    assertThat(offer.has("permission")).isFalse();
    assertThat(offer.has("expiresIn")).isFalse();
    assertThat(offer.path("files").get(0).path("size").asLong()).isEqualTo(8_589_934_593L);
    assertThat(offer.path("files").get(0).has("path")).isFalse();
    assertThat(offer.path("files").get(1).path("path").asText()).isEqualTo("trip/day 1");
  }

  @Test
  void anXmlTransferMapsToTheJsonShapeWithItsFilesAndLargeSizes() throws Exception {
    String text =
        "<transfer xmlns=\"urn:mplp:1\"><transferId>t-1</transferId><from>a-PC-1</from>"
            + "<to>a-MP-1</to><permission>ask</permission><state>offered</state>"
            + "<offeredAt>2026-11-24T09:20:00Z</offeredAt><expiresAt>2026-11-24T09:25:00Z"
            + "</expiresAt><file><index>0</index><name>a</name><size>8589934593</size>"
            + "<sha256>"
            + SHA256
            + "</sha256><mediaType>text/plain</mediaType><state>offered</state></file>"
            + "<file><index>1</index><name>b</name><size>0</size><sha256>"
            + SHA256
            + "</sha256><mediaType>text/plain</mediaType><state>offered</state></file></transfer>";
    ReceivedFrame frame = FrameReader.forBinding(Binding.XML).read(text);
    assertThat(frame.violations()).isEmpty();
    JsonNode files = frame.body().path("files");
    assertThat(files).hasSize(2);
    assertThat(files.get(0).path("size").isIntegralNumber()).isTrue();
    assertThat(files.get(0).path("size").asLong()).isEqualTo(8_589_934_593L);
    assertThat(files.get(1).path("index").intValue()).isEqualTo(1);
    assertThat(frame.body().path("files").get(1).path("size"))
        .isEqualTo(JSON.readTree("{\"size\":0}").path("size"));
  }
}
