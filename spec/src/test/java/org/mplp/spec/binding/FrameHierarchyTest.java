package org.mplp.spec.binding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mplp.spec.model.ClientFrame;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Reply;
import org.mplp.spec.model.ServerFrame;

/**
 * The model's sealed hierarchy and the JSON Schemas say the same about every frame type: who sends
 * it (a client frame has an id, a server frame none) and whether it answers (a reply has replyTo).
 */
class FrameHierarchyTest {

  static Stream<String> schemaTypes() throws IOException, URISyntaxException {
    return frameSchemas().keySet().stream().sorted();
  }

  @Test
  void everyFrameSchemaHasARecordAndEveryRecordASchema() throws Exception {
    assertThat(FrameTypes.NAMES).containsExactlyInAnyOrderElementsOf(frameSchemas().keySet());
  }

  @ParameterizedTest
  @MethodSource("schemaTypes")
  void directionFollowsTheSchema(String type) throws Exception {
    JsonNode properties = frameSchemas().get(type).path("properties");
    List<String> required = new ArrayList<>();
    frameSchemas().get(type).path("required").forEach(name -> required.add(name.asText()));
    Class<? extends Frame> record = FrameTypes.CLASSES.get(type);

    boolean client = ClientFrame.class.isAssignableFrom(record);
    assertThat(client)
        .as("%s is a ClientFrame iff its schema has id", type)
        .isEqualTo(properties.has("id"));
    assertThat(ServerFrame.class.isAssignableFrom(record))
        .as("%s is a ServerFrame iff it is no ClientFrame", type)
        .isNotEqualTo(client);
    assertThat(Reply.class.isAssignableFrom(record))
        .as("%s is a Reply iff its schema has replyTo", type)
        .isEqualTo(properties.has("replyTo"));
    if (client) {
      assertThat(required).as("a client frame's id is required").contains("id");
    }
  }

  @ParameterizedTest
  @MethodSource("org.mplp.spec.binding.ExamplesTest#jsonFrameExamples")
  void acceptCallsTheVisitorMethodOfItsOwnType(Path example) throws Exception {
    Frame frame = FrameCodec.forBinding(Binding.JSON).decode(Files.readString(example));
    List<String> called = new ArrayList<>();
    if (frame instanceof ClientFrame clientFrame) {
      clientFrame.accept(recorder(ClientFrame.Visitor.class, called));
    } else if (frame instanceof ServerFrame serverFrame) {
      serverFrame.accept(recorder(ServerFrame.Visitor.class, called));
    }
    assertThat(called).containsExactly("visit" + frame.getClass().getSimpleName());
  }

  @SuppressWarnings("unchecked")
  private static <V> V recorder(Class<V> visitor, List<String> called) {
    return (V)
        Proxy.newProxyInstance(
            visitor.getClassLoader(),
            new Class<?>[] {visitor},
            (proxy, method, args) -> {
              called.add(method.getName());
              return null;
            });
  }

  /** Schemas whose type member is a constant, by that type. */
  private static Map<String, JsonNode> frameSchemas() throws IOException, URISyntaxException {
    Path folder = Path.of(FrameHierarchyTest.class.getResource("/org/mplp/spec/json").toURI());
    Map<String, JsonNode> frames = new HashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          JsonNode schema = JsonFrameCodec.MAPPER.readTree(in);
          JsonNode type = schema.path("properties").path("type").path("const");
          if (type.isTextual()) {
            frames.put(type.asText(), schema);
          }
        }
      }
    }
    return frames;
  }
}
