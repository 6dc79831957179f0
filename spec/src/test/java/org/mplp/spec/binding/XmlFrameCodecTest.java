package org.mplp.spec.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.Pong;

class XmlFrameCodecTest {
  private static final String NS = "xmlns=\"urn:mplp:1\"";
  private final FrameCodec codec = FrameCodec.forBinding(Binding.XML);

  @Test
  void decodesAValidHello() throws Exception {
    assertThat(codec.decode("<hello " + NS + " id=\"a1\"><version>1.0</version></hello>"))
        .isEqualTo(new Hello("a1", List.of("1.0")));
  }

  @Test
  void encodesInTheDefaultNamespaceWithoutADeclaration() {
    assertThat(codec.encode(new Pong("p7"))).isEqualTo("<pong replyTo=\"p7\" " + NS + "/>");
  }

  @Test
  void eachFrameIsJudgedAloneThoughOneThreadReusesItsParser() throws Exception {
    String hello = "<hello " + NS + " id=\"a1\"><version>1.0</version></hello>";
    List<String> spoilers =
        List.of(
            "<hello " + NS + " id=\"cut\"><version>1.0</vers",
            "<hello " + NS + " id=\"h2\"><version>banana</version></hello>",
            "<teleport " + NS + " id=\"t1\"><version>1.0</version></teleport>",
            "<hello " + NS + " id=\"h3\"><version>1.0</version><x:version xmlns:x=\"urn:x\">");
    for (String spoiler : spoilers) {
      assertThat(catchThrowableOfType(FrameDecodeException.class, () -> codec.decode(spoiler)))
          .as("decoding %s should fail", spoiler)
          .isNotNull();
      assertThat(codec.decode(hello)).isEqualTo(new Hello("a1", List.of("1.0")));
    }
    assertRefused(
        "<hello " + NS + " id=\"h4\"><version>x</version></hello>",
        ErrorCode.SCHEMA_VIOLATION,
        "h4",
        "/hello/version[1]");
  }

  /** A parser keeps every name it reads; a thread's parser is replaced before that grows far. */
  @Test
  void aThreadsPartsAreBuiltAnewOnceTheyHaveReadTheirShare() {
    XmlThreadParts.dropOwn();
    XmlThreadParts first = XmlThreadParts.toRead(100);
    assertThat(XmlThreadParts.toRead(XmlThreadParts.RENEW_AFTER_CHARS - 100)).isSameAs(first);
    XmlThreadParts next = XmlThreadParts.toRead(1);
    assertThat(next).isNotSameAs(first);
    assertThat(XmlThreadParts.toRead(XmlThreadParts.RENEW_AFTER_CHARS - 1)).isSameAs(next);
  }

  @Test
  void aFrameMayNestThirtyTwoDeepAndNoDeeper() throws Exception {
    // The frame's element is the first level; unknown elements hold the rest.
    assertThat(codec.decode(helloNesting(31))).isEqualTo(new Hello("h1", List.of("1.0")));
    assertRefused(helloNesting(32), ErrorCode.MALFORMED_FRAME, "h1", null);
    // 120 KB of nested elements, under the reference server's frame limit: refused at the 33rd.
    assertRefused(helloNesting(8_000), ErrorCode.MALFORMED_FRAME, "h1", null);
  }

  private static String helloNesting(int elements) {
    return "<hello "
        + NS
        + " id=\"h1\"><version>1.0</version>"
        + "<later>".repeat(elements)
        + "</later>".repeat(elements)
        + "</hello>";
  }

  @Test
  void textThatIsNotXmlIsMalformed() {
    assertRefused("<ping " + NS + " id=\"a\">", ErrorCode.MALFORMED_FRAME, "a", null);
    assertRefused("hello", ErrorCode.MALFORMED_FRAME, null, null);
  }

  @Test
  void aDocumentTypeDeclarationIsRefusedBeforeAnyEntityIsRead() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE ping [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<ping "
            + NS
            + " id=\"&x;\"/>";
    assertRefused(xxe, ErrorCode.MALFORMED_FRAME, null, null);
  }

  @Test
  void anUnknownRootOrNamespaceIsAnUnknownType() {
    assertRefused("<teleport " + NS + " id=\"t1\"/>", ErrorCode.UNKNOWN_TYPE, "t1", "/teleport");
    assertRefused("<ping xmlns=\"urn:other\" id=\"t2\"/>", ErrorCode.UNKNOWN_TYPE, "t2", "/ping");
  }

  @Test
  void aBadElementIsPointedAtByItsPath() {
    assertRefused(
        "<hello " + NS + " id=\"h1\"><version>1.0</version><version>banana</version></hello>",
        ErrorCode.SCHEMA_VIOLATION,
        "h1",
        "/hello/version[2]");
  }

  @Test
  void aMissingElementIsPointedAt() {
    assertRefused(
        "<hello " + NS + " id=\"h1\"/>", ErrorCode.SCHEMA_VIOLATION, "h1", "/hello/version");
  }

  @Test
  void aBadOrMissingAttributeIsPointedAt() {
    assertRefused(
        "<ping " + NS + " id=\"has space\"/>", ErrorCode.SCHEMA_VIOLATION, null, "/ping/@id");
    assertRefused("<ping " + NS + "/>", ErrorCode.SCHEMA_VIOLATION, null, "/ping/@id");
  }

  @Test
  void elementsAndAttributesNoSchemaDefinesAreLeftAsideWhereverTheyStand() throws Exception {
    assertThat(
            codec.decode(
                "<hello "
                    + NS
                    + " id=\"h1\" colour=\"red\"><later><deep>1</deep></later>"
                    + "<version>1.0</version><other xmlns=\"urn:x\">y</other>"
                    + "<version>2.3</version><later/></hello>"))
        .isEqualTo(new Hello("h1", List.of("1.0", "2.3")));
  }

  @Test
  void whatIsLeftIsJudgedByTheSchema() {
    assertRefused(
        "<hello " + NS + " id=\"h1\"><later>1.0</later></hello>",
        ErrorCode.SCHEMA_VIOLATION,
        "h1",
        "/hello/version");
  }

  private void assertRefused(String text, ErrorCode code, String replyTo, String location) {
    FrameDecodeException e =
        catchThrowableOfType(FrameDecodeException.class, () -> codec.decode(text));
    assertThat(e).as("decoding %s should fail", text).isNotNull();
    assertThat(e.errorCode()).as("code for %s", text).isEqualTo(code);
    assertThat(e.replyTo()).as("replyTo for %s", text).isEqualTo(replyTo);
    assertThat(e.location()).as("location for %s", text).isEqualTo(location);
  }
}
