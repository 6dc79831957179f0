package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Frame types and shapes come from the schemas, and a schema that breaks the rules stops the kit.
 */
class FrameSchemasTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSpecsFramesSplitIntoClientAndServerFramesByTheirId() {
    FrameSchemas spec = FrameSchemas.spec();
    assertThat(spec.clientTypes())
        .contains("hello", "ping", "login", "offer", "set-policy", "make-primary")
        .doesNotContain("welcome", "transfer", "discovery", "common");
    assertThat(spec.serverTypes())
        .contains("welcome", "pong", "error", "transfer", "settings", "device-event", "ok")
        .doesNotContainAnyElementsOf(spec.clientTypes());
  }

  @Test
  void onlyServerFramesWithoutARequiredReplyToMayComeUnasked() {
    FrameSchemas spec = FrameSchemas.spec();
    assertThat(spec.mayComeUnasked("device-event")).isTrue();
    assertThat(spec.mayComeUnasked("transfer")).isTrue();
    assertThat(spec.mayComeUnasked("settings")).isTrue();
    assertThat(spec.mayComeUnasked("welcome")).isFalse();
    assertThat(spec.mayComeUnasked("ok")).isFalse();
    assertThat(spec.mayComeUnasked("hello")).isFalse();
  }

  @Test
  void shapesFollowReferencesIntoTheCommonDefinitions() {
    Shape offer = FrameSchemas.spec().frame("offer");
    assertThat(offer.members().keySet())
        .containsExactly("type", "id", "to", "otherRecipients", "permission", "expiresIn", "files");
    Shape file = offer.members().get("files").items();
    assertThat(file.members().get("size").kind()).isEqualTo(Shape.Kind.INTEGER);
    assertThat(offer.memberOf("file")).isEqualTo("files");
    assertThat(FrameSchemas.spec().frame("logout").members().get("removeDevice").kind())
        .isEqualTo(Shape.Kind.BOOLEAN);
  }

  @Test
  void aFrameWithAnOptionalIdStopsTheKit() {
    assertBroken(
        schema(
            "ping", "{\"type\":{\"const\":\"ping\"},\"id\":{\"type\":\"string\"}}", "[\"type\"]"),
        "ping.schema.json has an id that is optional");
  }

  @Test
  void aFrameWithBothIdAndReplyToStopsTheKit() {
    assertBroken(
        schema(
            "ping",
            "{\"type\":{\"const\":\"ping\"},\"id\":{\"type\":\"string\"},"
                + "\"replyTo\":{\"type\":\"string\"}}",
            "[\"type\",\"id\"]"),
        "has both id and replyTo");
  }

  @Test
  void aSchemaNotNamedAfterItsTypeStopsTheKit() {
    assertBroken(
        Map.of("pong.schema.json", parse(object("{\"type\":{\"const\":\"ping\"}}", "[]"))),
        "defines the frame type ping but is not named after it");
  }

  @Test
  void anArrayWithoutASingularOrTwoMembersOfOneElementStopTheKit() {
    assertBroken(
        schema(
            "ok",
            "{\"type\":{\"const\":\"ok\"},\"data\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}",
            "[]"),
        "does not end in s");
    assertBroken(
        schema(
            "ok",
            "{\"type\":{\"const\":\"ok\"},\"file\":{\"type\":\"string\"},"
                + "\"files\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}",
            "[]"),
        "two members that are both the XML element file");
  }

  @Test
  void aReferenceToNothingStopsTheKit() {
    assertBroken(
        schema(
            "ok",
            "{\"type\":{\"const\":\"ok\"},\"x\":{\"$ref\":\"common.schema.json#/$defs/x\"}}",
            "[]"),
        "refers to common.schema.json#/$defs/x");
  }

  private static void assertBroken(Map<String, JsonNode> documents, String why) {
    assertThatThrownBy(() -> FrameSchemas.of(documents))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(why);
  }

  private static Map<String, JsonNode> schema(String type, String properties, String required) {
    return Map.of(type + ".schema.json", parse(object(properties, required)));
  }

  private static String object(String properties, String required) {
    return "{\"type\":\"object\",\"properties\":" + properties + ",\"required\":" + required + "}";
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
