package org.mplp.spec.binding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mplp.spec.model.Frame;

/**
 * Every example in the spec is valid in its binding, decodes, and survives the round trip JSON ->
 * model -> XML -> model -> JSON unchanged; its XML twin says the same thing.
 */
class ExamplesTest {
  private static final Path EXAMPLES = examplesFolder();

  static Stream<Path> jsonFrameExamples() throws IOException {
    return examples(".json").filter(p -> FrameTypes.NAMES.contains(baseName(p)));
  }

  /**
   * HTTP documents such as discovery: JSON only, validated against the schema they are named after.
   */
  static Stream<Path> jsonDocumentExamples() throws IOException {
    return examples(".json").filter(p -> !FrameTypes.NAMES.contains(baseName(p)));
  }

  static Stream<Path> xmlExamples() throws IOException {
    return examples(".xml");
  }

  @ParameterizedTest
  @MethodSource("jsonFrameExamples")
  void jsonExampleRoundTripsThroughXmlUnchanged(Path example) throws Exception {
    String json = Files.readString(example);
    Frame frame = FrameCodec.forBinding(Binding.JSON).decode(json);

    String xml = FrameCodec.forBinding(Binding.XML).encode(frame);
    XmlSchemas.schema().newValidator().validate(new StreamSource(new StringReader(xml)));
    Frame back = FrameCodec.forBinding(Binding.XML).decode(xml);
    String jsonAgain = FrameCodec.forBinding(Binding.JSON).encode(back);

    assertThat(back).isEqualTo(frame);
    assertThat(tree(jsonAgain)).isEqualTo(tree(json));
  }

  @ParameterizedTest
  @MethodSource("xmlExamples")
  void xmlExampleIsValidAndMatchesItsJsonTwin(Path example) throws Exception {
    String xml = Files.readString(example);
    XmlSchemas.schema().newValidator().validate(new StreamSource(new StringReader(xml)));
    Frame fromXml = FrameCodec.forBinding(Binding.XML).decode(xml);

    Path twin = example.resolveSibling(example.getFileName().toString().replace(".xml", ".json"));
    assertThat(twin).as("every XML example has a JSON twin").exists();
    Frame fromJson = FrameCodec.forBinding(Binding.JSON).decode(Files.readString(twin));
    // Locations are binding-specific (JSON Pointer vs element path); all else must agree.
    assertThat(withoutLocation(fromXml)).isEqualTo(withoutLocation(fromJson));
  }

  @ParameterizedTest
  @MethodSource("jsonFrameExamples")
  void everyJsonExampleHasAnXmlTwin(Path example) {
    String name = example.getFileName().toString().replace(".json", ".xml");
    assertThat(example.resolveSibling(name)).exists();
  }

  @ParameterizedTest
  @MethodSource("jsonDocumentExamples")
  void documentExampleValidatesAgainstItsSchema(Path example) throws Exception {
    JsonNode document = tree(Files.readString(example));
    assertThat(JsonSchemas.firstViolation(baseName(example), document)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void discoveryExampleDecodes() throws Exception {
    var document = DiscoveryJson.decode(Files.readString(EXAMPLES.resolve("discovery.json")));
    assertThat(document.bindings()).extracting(b -> b.subprotocol()).contains("mplp.1.json");
  }

  /** {@code login.device-credential.json} is an example of {@code login}. */
  private static String baseName(Path example) {
    String name = example.getFileName().toString();
    return name.substring(0, name.indexOf('.'));
  }

  private static Frame withoutLocation(Frame frame) {
    if (frame instanceof org.mplp.spec.model.ErrorFrame e) {
      return new org.mplp.spec.model.ErrorFrame(
          e.replyTo(), e.code(), e.fatal(), e.message(), null, e.retryAfterSeconds());
    }
    return frame;
  }

  private static JsonNode tree(String json) throws IOException {
    return JsonFrameCodec.MAPPER.readTree(json);
  }

  private static Stream<Path> examples(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> found =
          files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
      assertThat(found).as("examples ending in " + suffix).isNotEmpty();
      return found.stream();
    }
  }

  private static Path examplesFolder() {
    try {
      return Path.of(ExamplesTest.class.getResource("/org/mplp/spec/examples").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
