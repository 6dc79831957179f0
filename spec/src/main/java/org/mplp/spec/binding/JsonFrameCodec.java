package org.mplp.spec.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.Frame;

/** The JSON binding: a frame is one JSON object whose {@code type} member names its type. */
public final class JsonFrameCodec implements FrameCodec {
  static final JsonFrameCodec INSTANCE = new JsonFrameCodec();

  /** Strict on input: one value per text, no duplicate members, bounded nesting. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .registerSubtypes(FrameTypes.namedTypes())
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(FrameTypes.MAX_DEPTH).build());
  }

  /** Binds a validated tree; made once, so that no frame looks the type up again. */
  private static final ObjectReader FRAME_READER = MAPPER.readerFor(Frame.class);

  private JsonFrameCodec() {}

  @Override
  public Binding binding() {
    return Binding.JSON;
  }

  @Override
  public Frame decode(String text) throws FrameDecodeException {
    JsonNode tree = parse(text);
    String replyTo = FrameTypes.validIdOrNull(tree.path("id").textValue());
    JsonNode type = tree.get("type");
    if (type == null || !type.isTextual()) {
      throw new FrameDecodeException(
          ErrorCode.MALFORMED_FRAME, replyTo, null, "a frame needs a string member type");
    }
    if (!FrameTypes.NAMES.contains(type.textValue())) {
      throw new FrameDecodeException(
          ErrorCode.UNKNOWN_TYPE, replyTo, "/type", "no frame type " + type.textValue());
    }
    // A receiver leaves aside what the schema does not define, then judges the rest (REQ-OPEN-010).
    KnownMembers.prune(type.textValue(), (ObjectNode) tree);
    var violation = JsonSchemas.firstViolation(type.textValue(), tree);
    if (violation.isPresent()) {
      throw new FrameDecodeException(
          ErrorCode.SCHEMA_VIOLATION,
          replyTo,
          violation.get().pointer(),
          violation.get().message());
    }
    try {
      return FRAME_READER.readValue(tree);
    } catch (IOException | IllegalArgumentException e) {
      // The schema admitted what the model cannot hold: a bug here, not in the sender.
      throw new IllegalStateException("valid " + type.textValue() + " did not bind", e);
    }
  }

  private static JsonNode parse(String text) throws FrameDecodeException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new FrameDecodeException(
          ErrorCode.MALFORMED_FRAME, null, null, "not well-formed JSON: " + e.getOriginalMessage());
    }
    if (tree == null || !tree.isObject()) {
      throw new FrameDecodeException(
          ErrorCode.MALFORMED_FRAME, null, null, "a frame is a JSON object");
    }
    return tree;
  }

  @Override
  public String encode(Frame frame) {
    try {
      return MAPPER.writeValueAsString(frame);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + frame.type(), e);
    }
  }
}
