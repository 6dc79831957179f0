package org.mplp.spec.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.Login;
import org.mplp.spec.model.Ping;

class JsonFrameCodecTest {
  private final FrameCodec codec = FrameCodec.forBinding(Binding.JSON);

  @Test
  void decodesAValidHello() throws Exception {
    assertThat(codec.decode("{\"type\":\"hello\",\"id\":\"a1\",\"versions\":[\"1.0\",\"2.3\"]}"))
        .isEqualTo(new Hello("a1", List.of("1.0", "2.3")));
  }

  @Test
  void encodesTypeFirstAndLeavesOutAbsentMembers() {
    assertThat(codec.encode(ErrorFrame.of(ErrorCode.RATE_LIMITED, null, "slow down")))
        .isEqualTo(
            "{\"type\":\"error\",\"code\":\"rate-limited\",\"fatal\":false,\"message\":\"slow down\"}");
    assertThat(codec.encode(new Ping("p"))).isEqualTo("{\"type\":\"ping\",\"id\":\"p\"}");
  }

  @Test
  void textThatIsNotJsonIsMalformed() {
    assertRefused("{\"type\":\"ping\",", ErrorCode.MALFORMED_FRAME, null, null);
  }

  @Test
  void aFrameMayNestThirtyTwoDeepAndNoDeeper() throws Exception {
    // The frame's object is the first level; an unknown member holds the rest as arrays.
    assertThat(codec.decode(helloNesting(31))).isEqualTo(new Hello("h1", List.of("1.0")));
    assertRefused(helloNesting(32), ErrorCode.MALFORMED_FRAME, null, null);
  }

  private static String helloNesting(int arrays) {
    return "{\"type\":\"hello\",\"id\":\"h1\",\"versions\":[\"1.0\"],\"later\":"
        + "[".repeat(arrays)
        + "]".repeat(arrays)
        + "}";
  }

  @Test
  void twoValuesInOneMessageAreMalformed() {
    assertRefused(
        "{\"type\":\"ping\",\"id\":\"a\"}{\"type\":\"ping\",\"id\":\"b\"}",
        ErrorCode.MALFORMED_FRAME,
        null,
        null);
  }

  @Test
  void duplicateMembersAreMalformed() {
    assertRefused(
        "{\"type\":\"ping\",\"id\":\"a\",\"id\":\"b\"}", ErrorCode.MALFORMED_FRAME, null, null);
  }

  @Test
  void anArrayOrAMissingTypeIsMalformed() {
    assertRefused("[1,2]", ErrorCode.MALFORMED_FRAME, null, null);
    assertRefused("{\"id\":\"x9\"}", ErrorCode.MALFORMED_FRAME, "x9", null);
    assertRefused("{\"type\":7,\"id\":\"x9\"}", ErrorCode.MALFORMED_FRAME, "x9", null);
  }

  @Test
  void anUnknownTypeIsNamedWithTheFramesId() {
    assertRefused("{\"type\":\"teleport\",\"id\":\"t1\"}", ErrorCode.UNKNOWN_TYPE, "t1", "/type");
  }

  @Test
  void aBadMemberIsPointedAt() {
    assertRefused(
        "{\"type\":\"hello\",\"id\":\"h1\",\"versions\":[\"1.0\",\"banana\"]}",
        ErrorCode.SCHEMA_VIOLATION,
        "h1",
        "/versions/1");
  }

  @Test
  void aMissingMemberIsPointedAt() {
    assertRefused(
        "{\"type\":\"hello\",\"id\":\"h1\"}", ErrorCode.SCHEMA_VIOLATION, "h1", "/versions");
  }

  @Test
  void membersNoSchemaDefinesAreLeftAsideAtEveryDepth() throws Exception {
    assertThat(codec.decode("{\"type\":\"ping\",\"id\":\"p1\",\"colour\":{\"red\":[1]}}"))
        .isEqualTo(new Ping("p1"));
    Frame login =
        codec.decode(
            "{\"type\":\"login\",\"id\":\"l1\",\"account\":\"235683\",\"later\":1,"
                + "\"mechanism\":\"SCRAM-SHA-256\",\"clientFirst\":\"n,,n=235683,r=abcdefgh\","
                + "\"terminal\":{\"type\":\"PC\",\"clientName\":\"c\",\"clientVersion\":\"1\","
                + "\"label\":\"PC\",\"later\":\"x\"}}");
    assertThat(((Login) login).terminal().label()).isEqualTo("PC");
  }

  @Test
  void whatIsLeftIsJudgedByTheSchema() {
    assertRefused(
        "{\"type\":\"hello\",\"id\":\"h1\",\"later\":true}",
        ErrorCode.SCHEMA_VIOLATION,
        "h1",
        "/versions");
  }

  @Test
  void anIdThatBreaksItsPatternIsNeverEchoed() {
    assertRefused(
        "{\"type\":\"ping\",\"id\":\"has space\"}", ErrorCode.SCHEMA_VIOLATION, null, "/id");
  }

  private void assertRefused(String text, ErrorCode code, String replyTo, String location) {
    FrameDecodeException e =
        catchThrowableOfType(FrameDecodeException.class, () -> codec.decode(text));
    assertThat(e).as("decoding %s should fail", text).isNotNull();
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.replyTo()).isEqualTo(replyTo);
    assertThat(e.location()).isEqualTo(location);
    assertThat(e.getMessage()).isNotBlank();
  }
}
