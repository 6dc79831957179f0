package org.mplp.conformance.driver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayList;
import java.util.List;

/** JSON binding: an object whose member {@code type} names the frame. */
final class JsonFrameReader implements FrameReader {
  private static final ObjectMapper STRICT =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectMapper LENIENT = new ObjectMapper();
  private final FrameSchemas schemas = FrameSchemas.spec();

  @Override
  public ReceivedFrame read(String text) {
    JsonNode tree;
    try {
      tree = STRICT.readTree(text);
    } catch (MismatchedInputException e) {
      if (parsesAsFirstValue(text)) {
        return ReceivedFrame.unreadable(
            text, new Violation(ONE_FRAME, "the message carries more than one JSON value"));
      }
      return notJson(text, e);
    } catch (JsonProcessingException e) {
      return parsesAsFirstValue(text)
          ? ReceivedFrame.unreadable(
              text, new Violation(ONE_FRAME, "the message carries more than one JSON value"))
          : notJson(text, e);
    }
    if (tree == null || !tree.isObject() || !tree.path("type").isTextual()) {
      return ReceivedFrame.unreadable(
          text, new Violation(VALID_FRAME, "the message is not a JSON object with a string type"));
    }
    String type = tree.get("type").textValue();
    List<Violation> violations = new ArrayList<>();
    if (!schemas.isServerFrame(type)) {
      violations.add(new Violation(VALID_FRAME, "a server sent a frame of type " + type));
    } else {
      for (String problem : JsonSchemas.validate(type, tree)) {
        violations.add(new Violation(VALID_FRAME, type + " breaks its schema at " + problem));
      }
    }
    return new ReceivedFrame(text, type, tree, List.copyOf(violations));
  }

  private static boolean parsesAsFirstValue(String text) {
    try {
      return LENIENT.readTree(text) != null;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static ReceivedFrame notJson(String text, JsonProcessingException e) {
    return ReceivedFrame.unreadable(
        text, new Violation(VALID_FRAME, "the message is not JSON: " + e.getOriginalMessage()));
  }
}
